import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { SeriesField } from '../series/SeriesField'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { editorPath } from '../shared/navigation/matchRoute'
import { navigate } from '../shared/navigation/navigation'

interface NewMinutesFormProps {
  onCancel: () => void
  /** The series chosen at first ('' for none): the series page starts its next meeting. */
  seriesId?: string
  /** The series' last meeting's open actions, offered as the new minutes' "Matters arising". */
  carryOffer?: { count: number; meetingTitle: string }
}

/** Asks for a title and a series, creates the minutes on the server, then opens them. */
export function NewMinutesForm({
  onCancel,
  seriesId: initialSeriesId = '',
  carryOffer,
}: NewMinutesFormProps) {
  const [title, setTitle] = useState('')
  const [seriesId, setSeriesId] = useState(initialSeriesId)
  const [isCarrying, setIsCarrying] = useState(true)
  const carryId = useId()
  // The offer is the series the form was opened for: another series has other actions.
  const canCarry = carryOffer !== undefined && seriesId === initialSeriesId
  const [isSaving, setIsSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()

  useEffect(() => inputRef.current?.focus(), [])

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const trimmed = title.trim()
    if (!trimmed) {
      setError('Give the minutes a title, for example "Finance Committee, 14 May".')
      inputRef.current?.focus()
      return
    }
    setIsSaving(true)
    setError(null)
    try {
      const { id } = await documentsApi.create(trimmed, seriesId || null, canCarry && isCarrying)
      navigate(editorPath(id))
    } catch (caught) {
      setError(errorMessage(caught))
      setIsSaving(false)
      inputRef.current?.focus()
    }
  }

  return (
    <form className="new-minutes" aria-label="New minutes" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId}>Title</label>
      <div className="new-minutes__row">
        <input
          ref={inputRef}
          id={inputId}
          name="title"
          type="text"
          autoComplete="off"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel()
          }}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          disabled={isSaving}
        />
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Creating…' : 'Create'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={isSaving}>
          Cancel
        </button>
      </div>
      <SeriesField value={seriesId} onChange={setSeriesId} disabled={isSaving} />
      {canCarry && (
        <div className="new-minutes__carry">
          <input
            id={carryId}
            type="checkbox"
            checked={isCarrying}
            onChange={(event) => setIsCarrying(event.target.checked)}
            disabled={isSaving}
          />
          <label htmlFor={carryId}>
            Start with{' '}
            {carryOffer.count === 1 ? 'the open action' : `the ${carryOffer.count} open actions`} of{' '}
            {carryOffer.meetingTitle} under "Matters arising / actions from the last meeting"
          </label>
        </div>
      )}
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
