import type { Person } from '@minutes/schema'
import { type RegisterEntry, type RegisterKind, registerEntries } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { memo, useCallback, useId, useRef, useState } from 'react'
import { revealBlock } from '../outline/revealBlock'
import { useDocumentEntries } from '../outline/useDocumentEntries'
import { usePersonLookup } from '../outline/usePersonLookup'
import { registerStatusLabels } from '../shared/labels/registerStatusLabels'
import {
  filterRegister,
  noFilter,
  peopleInRegister,
  type RegisterFilter,
  statusesFor,
} from './filterRegister'
import { findEntryAtSelection } from './findEntryAtSelection'
import { formatDueDate } from './formatDueDate'
import { isOverdue } from './isOverdue'
import './register.css'

const kindNames: Record<RegisterKind, { one: string; many: string; command: string }> = {
  recommendation: { one: 'recommendation', many: 'recommendations', command: 'Recommendation' },
  decision: { one: 'decision', many: 'decisions', command: 'Decision' },
  action: { one: 'action', many: 'actions', command: 'Action' },
}
const kinds = Object.keys(kindNames) as RegisterKind[]

interface RecommendationsPanelProps {
  editor: Editor
  people: readonly Person[]
}

/**
 * Every recommendation, decision and action in the minutes, numbered as the text numbers them,
 * kept live, filtered by kind, status and person. Each item takes the reader to its place.
 */
export function RecommendationsPanel({ editor, people }: RecommendationsPanelProps) {
  const findPerson = usePersonLookup(people)
  const derive = useCallback(
    (doc: ProseMirrorNode) => registerEntries(doc, findPerson),
    [findPerson],
  )
  const { entries, currentIndex } = useDocumentEntries(editor, derive, findEntryAtSelection)
  const [filter, setFilter] = useState<RegisterFilter>(noFilter)
  const entriesRef = useRef(entries)
  entriesRef.current = entries
  const ids = { kind: useId(), status: useId(), person: useId() }

  const handleActivate = useCallback(
    (index: number) => {
      const entry = entriesRef.current[index]
      if (entry) revealBlock(editor, entry.position)
    },
    [editor],
  )

  if (entries.length === 0) {
    return (
      <div className="register register--empty">
        <p className="register__empty-title">Nothing to follow up yet</p>
        <p>
          Recommendations, decisions and actions appear here, numbered as in the text. Type{' '}
          <kbd>/</kbd> and choose Recommendation, Decision or Action.
        </p>
      </div>
    )
  }

  const statuses = statusesFor(filter.kind)
  const personOptions = peopleInRegister(entries)
  // Someone chosen here may drop out of the register through another person's edit.
  const personId = personOptions.some((person) => person.id === filter.personId)
    ? filter.personId
    : 'all'
  const shown = new Set(filterRegister(entries, { ...filter, personId }))
  const isFiltered = shown.size !== entries.length
  // yyyy-mm-dd in local time, as due dates are written.
  const today = new Date().toLocaleDateString('en-CA')
  const count = (kind: RegisterKind) => entries.filter((entry) => entry.kind === kind).length

  return (
    <div className="register">
      <p className="register__counts">
        {kinds.map((kind) => describeCount(count(kind), kind)).join(' · ')}
      </p>
      <fieldset className="register__filters">
        <legend className="register__legend">Filter</legend>
        <div className="register__field">
          <label htmlFor={ids.kind}>Show</label>
          <select
            id={ids.kind}
            value={filter.kind}
            onChange={(event) => {
              const kind = event.target.value as RegisterFilter['kind']
              const status = statusesFor(kind).includes(filter.status as never)
                ? filter.status
                : 'all'
              setFilter({ ...filter, kind, status })
            }}
          >
            <option value="all">Everything</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {capitalise(kindNames[kind].many)}
              </option>
            ))}
          </select>
        </div>
        <div className="register__field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={filter.status}
            disabled={statuses.length === 0}
            onChange={(event) =>
              setFilter({ ...filter, status: event.target.value as RegisterFilter['status'] })
            }
          >
            <option value="all">Any status</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {registerStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="register__field">
          <label htmlFor={ids.person}>Person</label>
          <select
            id={ids.person}
            value={personId}
            onChange={(event) => setFilter({ ...filter, personId: event.target.value })}
          >
            <option value="all">Anyone</option>
            {personOptions.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {isFiltered && (
        <p className="register__showing">
          Showing {shown.size} of {entries.length}.{' '}
          <button type="button" className="register__clear" onClick={() => setFilter(noFilter)}>
            Show everything
          </button>
        </p>
      )}
      {shown.size === 0 && (
        <p className="register__nothing">
          {filter.kind !== 'all' && count(filter.kind) === 0
            ? `No ${kindNames[filter.kind].many} yet — type / and choose ${kindNames[filter.kind].command}.`
            : 'Nothing matches these filters.'}
        </p>
      )}
      {kinds.map((kind) => {
        const inKind = entries
          .map((entry, index) => ({ entry, index }))
          .filter(({ entry }) => entry.kind === kind && shown.has(entry))
        if (inKind.length === 0) return null
        return (
          <div key={kind} className="register__group">
            <h2 className="register__group-title">
              {capitalise(kindNames[kind].many)}{' '}
              <span className="register__group-count">({inKind.length})</span>
            </h2>
            <ol className="register__list">
              {inKind.map(({ entry, index }) => (
                <RegisterItem
                  key={entry.number}
                  entry={entry}
                  index={index}
                  isCurrent={index === currentIndex}
                  isOverdue={isOverdue(entry, today)}
                  onActivate={handleActivate}
                />
              ))}
            </ol>
          </div>
        )
      })}
    </div>
  )
}

interface RegisterItemProps {
  entry: RegisterEntry
  index: number
  isCurrent: boolean
  isOverdue: boolean
  onActivate: (index: number) => void
}

const RegisterItem = memo(
  function RegisterItem({ entry, index, isCurrent, isOverdue, onActivate }: RegisterItemProps) {
    const details = [
      entry.addressee && `To ${entry.addressee}`,
      entry.personName &&
        (entry.kind === 'action'
          ? `Owner: ${entry.personName}`
          : `Proposed by ${entry.personName}`),
      entry.dueDate && `Due ${formatDueDate(entry.dueDate)}`,
    ].filter(Boolean)
    return (
      <li className="register__item" data-kind={entry.kind}>
        <button
          type="button"
          className="register__link"
          aria-current={isCurrent ? 'true' : undefined}
          onClick={() => onActivate(index)}
        >
          <span className="register__head">
            <span className="register__number">{entry.number}</span>
            {entry.status && (
              <span className="register__status" data-status={entry.status}>
                {registerStatusLabels[entry.status]}
              </span>
            )}
            {isOverdue && <span className="register__overdue">Overdue</span>}
          </span>
          <span className={entry.text ? 'register__text' : 'register__text register__text--empty'}>
            {entry.text || 'No text yet'}
          </span>
          {details.length > 0 && <span className="register__details">{details.join(' · ')}</span>}
        </button>
      </li>
    )
  },
  (previous, next) =>
    previous.index === next.index &&
    previous.isCurrent === next.isCurrent &&
    previous.isOverdue === next.isOverdue &&
    previous.onActivate === next.onActivate &&
    isSameEntry(previous.entry, next.entry),
)

/** Equal as shown: positions move with every keystroke above and do not matter here. */
function isSameEntry(a: RegisterEntry, b: RegisterEntry): boolean {
  return (
    a.number === b.number &&
    a.text === b.text &&
    a.status === b.status &&
    a.personName === b.personName &&
    a.addressee === b.addressee &&
    a.dueDate === b.dueDate
  )
}

function describeCount(count: number, kind: RegisterKind): string {
  return `${count} ${count === 1 ? kindNames[kind].one : kindNames[kind].many}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
