import { describePerson } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import { memo, type Ref, useImperativeHandle } from 'react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { usePerson } from '../../collaboration/usePeople'
import { assignPerson } from '../people/assignPerson'
import { type PersonChoice, PersonPicker } from '../people/PersonPicker'
import type { ChipHandle } from './ChipHandle'
import { PopoverChip } from './PopoverChip'
import { usePopover } from './usePopover'

interface PersonChipProps {
  editor: Editor
  /** What the person is to the block: "Speaker", "Proposed by", "Owner". */
  label: string
  personId: string | null
  /** Shown while no one is chosen: "Choose the speaker". */
  placeholder: string
  /** The picker's name: "Choose the speaker". */
  pickerLabel: string
  /** Offered as "No <noneLabel>" when the block may name no one. */
  noneLabel?: string
  /**
   * `name` shows the person as a printed heading (a speaker), `plain` as "Name (Organisation)",
   * `chip` as a quiet attribute: "Proposed by: Name".
   */
  variant?: 'chip' | 'name' | 'plain'
  /** Sets the block's attribute; runs in the same Yjs transaction as adding a new person. */
  onChange: (personId: string | null) => void
  handleRef?: Ref<ChipHandle>
}

/** A person a block refers to by id; opens the person picker on click or Enter. */
export const PersonChip = memo(function PersonChip({
  editor,
  label,
  personId,
  placeholder,
  pickerLabel,
  noneLabel,
  variant = 'chip',
  onChange,
  handleRef,
}: PersonChipProps) {
  const people = usePeopleMap()
  const person = usePerson(people, personId)
  const popover = usePopover()
  useImperativeHandle(handleRef, () => ({ open: () => popover.open(() => editor.view.focus()) }), [
    popover.open,
    editor,
  ])

  const handleChoose = (choice: PersonChoice) => {
    if (choice.kind === 'none') onChange(null)
    if (choice.kind === 'existing') onChange(choice.id)
    if (choice.kind === 'new') {
      assignPerson(editor, people, choice.person, () => onChange(choice.person.id))
    }
    popover.close()
  }

  const described = person ? describePerson(person) : personId ? 'Unknown person' : null
  return (
    <PopoverChip
      popover={popover}
      className={`chip chip--person chip--${variant}`}
      data-empty={described ? undefined : 'true'}
      aria-label={described ? `${label}: ${described}` : placeholder}
      title={described ? `${label}: change (Enter)` : undefined}
      popup={() => (
        <PersonPicker
          anchor={popover.anchorRef.current}
          label={pickerLabel}
          currentId={person?.id ?? null}
          noneLabel={noneLabel}
          onChoose={handleChoose}
          onClose={popover.close}
        />
      )}
    >
      {!described ? (
        placeholder
      ) : variant === 'name' && person ? (
        <>
          <span className="chip__name">
            {person.title ? `${person.title} ${person.name}` : person.name}
          </span>
          {person.organisation && <span className="chip__organisation">{person.organisation}</span>}
        </>
      ) : variant === 'chip' ? (
        <>
          <span className="chip__label">{label}:</span> {described}
        </>
      ) : (
        described
      )}
    </PopoverChip>
  )
})
