import type { RegisterRecommendation } from '@minutes/protocol'
import { recommendationStatuses } from '@minutes/schema'
import { Fragment, type ReactNode, useId, useMemo, useState } from 'react'
import { blockPath } from '../search/blockAddress'
import { registerStatusLabels } from '../shared/labels/registerStatusLabels'
import { Link } from '../shared/navigation/Link'
import { editorPath } from '../shared/navigation/matchRoute'
import {
  addresseesIn,
  arrangeRegister,
  meetingLabel,
  type RegisterGrouping,
  type RegisterSort,
  type RegisterView,
  wholeRegister,
} from './arrangeRegister'
import { RecommendationNoteForm } from './RecommendationNoteForm'
import './series.css'

const sorts: Record<RegisterSort, string> = {
  meeting: 'Meeting and number',
  status: 'Status',
  addressee: 'Addressee',
  proposer: 'Proposer',
}

const groupings: Record<RegisterGrouping, string> = {
  none: 'Nothing',
  meeting: 'Meeting',
  addressee: 'Addressee',
  theme: 'Theme',
}

interface RegisterTableProps {
  seriesId: string
  rows: readonly RegisterRecommendation[]
  /** After themes or a duplicate were saved: read the register again. */
  onNoted: () => void
}

/** The register: filters, sorting and grouping above tables of recommendations, each linked to its block. */
export function RegisterTable({ seriesId, rows, onNoted }: RegisterTableProps) {
  const [editing, setEditing] = useState<string | null>(null)
  const [view, setView] = useState<RegisterView>(wholeRegister)
  const groups = useMemo(() => arrangeRegister(rows, view), [rows, view])
  const addressees = useMemo(() => addresseesIn(rows), [rows])
  const shown = new Set(groups.flatMap((group) => group.rows)).size
  const ids = {
    words: useId(),
    status: useId(),
    addressee: useId(),
    sort: useId(),
    group: useId(),
    duplicates: useId(),
  }
  const change = (part: Partial<RegisterView>) => setView((current) => ({ ...current, ...part }))

  return (
    <>
      <fieldset className="register-controls">
        <legend>Find and arrange</legend>
        <div>
          <label htmlFor={ids.words}>Words</label>
          <input
            id={ids.words}
            type="search"
            value={view.words}
            onChange={(event) => change({ words: event.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={view.status}
            onChange={(event) => change({ status: event.target.value })}
          >
            <option value="">Any</option>
            {recommendationStatuses.map((status) => (
              <option key={status} value={status}>
                {registerStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.addressee}>Addressee</label>
          <select
            id={ids.addressee}
            value={view.addressee}
            onChange={(event) => change({ addressee: event.target.value })}
          >
            <option value="">Any</option>
            {addressees.map((addressee) => (
              <option key={addressee} value={addressee}>
                {addressee}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.sort}>Sort by</label>
          <select
            id={ids.sort}
            value={view.sort}
            onChange={(event) => change({ sort: event.target.value as RegisterSort })}
          >
            {Object.entries(sorts).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.group}>Group by</label>
          <select
            id={ids.group}
            value={view.group}
            onChange={(event) => change({ group: event.target.value as RegisterGrouping })}
          >
            {Object.entries(groupings).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="register-controls__check">
          <input
            id={ids.duplicates}
            type="checkbox"
            checked={view.hideDuplicates}
            onChange={(event) => change({ hideDuplicates: event.target.checked })}
          />
          <label htmlFor={ids.duplicates}>Hide duplicates</label>
        </div>
      </fieldset>
      <p className="quiet" role="status">
        {shown === rows.length
          ? `${rows.length} ${rows.length === 1 ? 'recommendation' : 'recommendations'}`
          : `${shown} of ${rows.length} recommendations`}
      </p>
      {groups.map((group) => (
        <RecommendationRows
          key={group.label}
          label={group.label}
          rows={group.rows}
          renderNote={(row) =>
            editing === keyOf(row) ? (
              <RecommendationNoteForm
                seriesId={seriesId}
                row={row}
                rows={rows}
                onDone={() => {
                  setEditing(null)
                  onNoted()
                }}
              />
            ) : null
          }
          onEdit={(row) => setEditing(keyOf(row))}
          findRow={(block) => rows.find((row) => keyOf(row) === keyOf(block))}
        />
      ))}
    </>
  )
}

const keyOf = (row: { documentId: string; blockId: string | null }) =>
  `${row.documentId} ${row.blockId}`

interface RecommendationRowsProps {
  label: string
  rows: readonly RegisterRecommendation[]
  /** The form under a row whose notes are being changed, or null. */
  renderNote: (row: RegisterRecommendation) => ReactNode
  onEdit: (row: RegisterRecommendation) => void
  findRow: (block: { documentId: string; blockId: string }) => RegisterRecommendation | undefined
}

function RecommendationRows({ label, rows, renderNote, onEdit, findRow }: RecommendationRowsProps) {
  return (
    <table className="register-table" aria-label={label || 'Recommendations'}>
      {label && <caption>{label}</caption>}
      <thead>
        <tr>
          <th scope="col">Meeting</th>
          <th scope="col">No.</th>
          <th scope="col">Recommendation</th>
          <th scope="col">Proposer</th>
          <th scope="col">Addressee</th>
          <th scope="col">Status</th>
          <th scope="col">Themes</th>
          <th scope="col">
            <span className="visually-hidden">Notes</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const note = renderNote(row)
          const duplicated = row.mergedInto ? findRow(row.mergedInto) : undefined
          return (
            <Fragment key={keyOf(row)}>
              <tr className={row.mergedInto ? 'register-table__duplicate' : undefined}>
                <td>{meetingLabel(row)}</td>
                <td>{row.number}</td>
                <th scope="row">
                  <Link
                    href={
                      row.blockId
                        ? blockPath(row.documentId, row.blockId)
                        : editorPath(row.documentId)
                    }
                  >
                    {row.text || 'No text yet'}
                  </Link>
                </th>
                <td>{row.proposer ?? ''}</td>
                <td>{row.addressee ?? ''}</td>
                <td>
                  {row.status
                    ? registerStatusLabels[row.status as keyof typeof registerStatusLabels]
                    : ''}
                  {row.mergedInto && (
                    <span className="register-table__merged">
                      {duplicated
                        ? `Duplicate of ${meetingLabel(duplicated)} ${duplicated.number}`
                        : 'Duplicate of one no longer in the minutes'}
                    </span>
                  )}
                </td>
                <td>{row.themes.join(', ')}</td>
                <td>
                  {row.blockId && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Themes and duplicate of ${meetingLabel(row)} ${row.number}`}
                      aria-expanded={note !== null}
                      onClick={() => onEdit(row)}
                    >
                      Edit
                    </button>
                  )}
                </td>
              </tr>
              {note && (
                <tr>
                  <td colSpan={8}>{note}</td>
                </tr>
              )}
            </Fragment>
          )
        })}
      </tbody>
    </table>
  )
}
