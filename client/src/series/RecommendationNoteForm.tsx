import type { RegisterRecommendation } from '@minutes/protocol'
import { type FormEvent, useId, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { meetingLabel } from './arrangeRegister'

interface RecommendationNoteFormProps {
  seriesId: string
  row: RegisterRecommendation
  /** The whole register: a duplicate is merged into one that is not itself a duplicate. */
  rows: readonly RegisterRecommendation[]
  onDone: () => void
}

const keyOf = (row: { documentId: string; blockId: string | null }) =>
  `${row.documentId} ${row.blockId}`

/** Themes of one recommendation, separated by commas, and the recommendation it duplicates. */
export function RecommendationNoteForm({
  seriesId,
  row,
  rows,
  onDone,
}: RecommendationNoteFormProps) {
  const [themes, setThemes] = useState(row.themes.join(', '))
  const [duplicateOf, setDuplicateOf] = useState(row.mergedInto ? keyOf(row.mergedInto) : '')
  const [isSaving, setIsSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const ids = { themes: useId(), duplicate: useId(), error: useId() }
  const candidates = rows.filter(
    (other) => other.blockId && !other.mergedInto && keyOf(other) !== keyOf(row),
  )

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!row.blockId) return
    const target = candidates.find((other) => keyOf(other) === duplicateOf)
    setIsSaving(true)
    setError(null)
    try {
      await documentsApi.noteRecommendation(
        seriesId,
        { documentId: row.documentId, blockId: row.blockId },
        {
          themes: themes
            .split(',')
            .map((theme) => theme.trim())
            .filter(Boolean),
          mergedInto:
            target?.blockId != null
              ? { documentId: target.documentId, blockId: target.blockId }
              : null,
        },
      )
      onDone()
    } catch (caught) {
      setError(errorMessage(caught))
      setIsSaving(false)
    }
  }

  return (
    <form
      className="register-note"
      aria-label={`Themes and duplicate of ${row.number}`}
      onSubmit={handleSubmit}
      noValidate
    >
      <div>
        <label htmlFor={ids.themes}>Themes, separated by commas</label>
        <input
          id={ids.themes}
          type="text"
          autoComplete="off"
          value={themes}
          onChange={(event) => setThemes(event.target.value)}
          disabled={isSaving}
        />
      </div>
      <div>
        <label htmlFor={ids.duplicate}>Duplicate of</label>
        <select
          id={ids.duplicate}
          value={duplicateOf}
          onChange={(event) => setDuplicateOf(event.target.value)}
          disabled={isSaving}
        >
          <option value="">Not a duplicate</option>
          {candidates.map((other) => (
            <option key={keyOf(other)} value={keyOf(other)}>
              {`${meetingLabel(other)} ${other.number}: ${other.text}`}
            </option>
          ))}
        </select>
      </div>
      <div className="register-note__actions">
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={isSaving}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
