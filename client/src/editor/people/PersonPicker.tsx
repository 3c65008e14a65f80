import type { Person } from '@minutes/schema'
import { type KeyboardEvent, type ReactNode, useId, useMemo, useState } from 'react'
import { createPersonId } from '../../collaboration/createPersonId'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { personFromText } from '../../collaboration/personFromText'
import { searchPeople } from '../../collaboration/searchPeople'
import { usePeople } from '../../collaboration/usePeople'
import { Popover } from '../chips/Popover'
import { PersonEditor } from './PersonEditor'
import './personPicker.css'

/** What was chosen: someone in the register, someone new (not yet in it), or no one. */
export type PersonChoice =
  | { kind: 'existing'; id: string }
  | { kind: 'new'; person: Person }
  | { kind: 'none' }

interface PersonPickerProps {
  anchor: HTMLElement | null
  /** The dialog's name: "Choose the speaker". */
  label: string
  /** The person chosen now, offered for editing. */
  currentId?: string | null
  /** Offered as "No <noneLabel>" when the reference is optional: "proposer". */
  noneLabel?: string
  /** People not to offer (already on the list). */
  excludeIds?: ReadonlySet<string>
  onChoose: (choice: PersonChoice) => void
  onClose: () => void
  /** Shown above the search: a role to choose with the person. */
  children?: ReactNode
}

type Option =
  | { key: string; kind: 'existing'; person: Person }
  | { key: string; kind: 'new'; text: string }
  | { key: string; kind: 'none' }

const MAX_SHOWN = 50

/**
 * Search-as-you-type over the document's people, with "Add ‘…’ as a new person" and, for the
 * person chosen now, "Edit": an ARIA combobox with a listbox, in a popover.
 */
export function PersonPicker({
  anchor,
  label,
  currentId,
  noneLabel,
  excludeIds,
  onChoose,
  onClose,
  children,
}: PersonPickerProps) {
  const peopleMap = usePeopleMap()
  const people = usePeople(peopleMap)
  const [query, setQuery] = useState('')
  const [activeIndex, setActiveIndex] = useState(0)
  const [editing, setEditing] = useState<Person | null>(null)
  const listId = useId()
  const current = people.find((person) => person.id === currentId) ?? null

  const options = useMemo<Option[]>(() => {
    const found = searchPeople(
      excludeIds ? people.filter((person) => !excludeIds.has(person.id)) : people,
      query,
    )
      .slice(0, MAX_SHOWN)
      .map((person): Option => ({ key: person.id, kind: 'existing', person }))
    const typed = query.trim()
    const isKnown = found.some(
      (option) =>
        option.kind === 'existing' && option.person.name.toLowerCase() === typed.toLowerCase(),
    )
    if (typed && !isKnown) found.push({ key: 'new', kind: 'new', text: typed })
    if (noneLabel && !typed) found.push({ key: 'none', kind: 'none' })
    return found
  }, [people, query, excludeIds, noneLabel])

  const active = Math.min(activeIndex, options.length - 1)
  const optionId = (index: number) => `${listId}-${index}`

  const choose = (option: Option | undefined) => {
    if (!option) return
    if (option.kind === 'existing') onChoose({ kind: 'existing', id: option.person.id })
    if (option.kind === 'none') onChoose({ kind: 'none' })
    if (option.kind === 'new') {
      const person = personFromText(createPersonId(), option.text)
      if (person) onChoose({ kind: 'new', person })
    }
    // Pickers that stay open (adding attendees one after another) start a new search.
    setQuery('')
    setActiveIndex(0)
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    const count = options.length
    switch (event.key) {
      case 'ArrowDown':
        setActiveIndex(count ? (active + 1) % count : 0)
        break
      case 'ArrowUp':
        setActiveIndex(count ? (active - 1 + count) % count : 0)
        break
      case 'Enter':
        choose(options[active])
        break
      default:
        return
    }
    event.preventDefault()
  }

  if (editing) {
    return (
      <Popover key="edit" anchor={anchor} label={`Edit ${editing.name}`} onClose={onClose}>
        <PersonEditor person={editing} onDone={onClose} onCancel={() => setEditing(null)} />
      </Popover>
    )
  }

  return (
    <Popover key="search" anchor={anchor} label={label} className="person-picker" onClose={onClose}>
      <p className="popover__title">{label}</p>
      {children}
      <input
        type="text"
        role="combobox"
        aria-label="Search people"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        className="person-picker__search"
        placeholder="Type a name"
        autoComplete="off"
        spellCheck={false}
        value={query}
        data-autofocus
        onChange={(event) => {
          setQuery(event.target.value)
          setActiveIndex(0)
        }}
        onKeyDown={handleKeyDown}
      />
      <div id={listId} role="listbox" aria-label="People" className="person-picker__list">
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox owns the keys (aria-activedescendant).
          <div
            key={option.key}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="person-picker__option"
            data-kind={option.kind}
            onPointerDown={(event) => event.preventDefault()}
            onPointerMove={() => setActiveIndex(index)}
            onClick={() => choose(option)}
          >
            {option.kind === 'existing' && (
              <PersonOption person={option.person} isCurrent={option.person.id === currentId} />
            )}
            {option.kind === 'new' && <>Add ‘{option.text}’ as a new person</>}
            {option.kind === 'none' && <>No {noneLabel}</>}
          </div>
        ))}
        {options.length === 0 && (
          <div className="person-picker__empty">
            No people in these minutes yet. Type a name to add someone.
          </div>
        )}
      </div>
      {current && (
        <div className="popover__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => setEditing(current)}
          >
            Edit {current.name}
          </button>
        </div>
      )}
    </Popover>
  )
}

function PersonOption({ person, isCurrent }: { person: Person; isCurrent: boolean }) {
  const details = [person.title, person.organisation, person.role].filter(Boolean).join(' · ')
  return (
    <>
      <span className="person-picker__name">
        {person.name}
        {isCurrent && <span className="visually-hidden"> (chosen now)</span>}
      </span>
      {details && <span className="person-picker__details">{details}</span>}
    </>
  )
}
