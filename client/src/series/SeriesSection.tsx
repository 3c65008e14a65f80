import { type FormEvent, useId, useRef, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { Link } from '../shared/navigation/Link'
import { seriesPath } from '../shared/navigation/matchRoute'
import { navigate } from '../shared/navigation/navigation'
import { useSeriesList } from './useSeriesList'
import './series.css'

/** The list page's series (inquiries, committees): each links to its meetings; a new one starts here. */
export function SeriesSection() {
  const { state, reload } = useSeriesList()
  const [isCreating, setIsCreating] = useState(false)
  const headingId = useId()
  return (
    <section className="series-section" aria-labelledby={headingId}>
      <div className="series-section__heading">
        <h2 id={headingId}>Series</h2>
        <button
          type="button"
          className="button"
          aria-expanded={isCreating}
          onClick={() => setIsCreating(true)}
        >
          New series
        </button>
      </div>
      {isCreating && <NewSeriesForm onCancel={() => setIsCreating(false)} />}
      {state.status === 'loading' && (
        <p className="quiet" role="status">
          Loading series…
        </p>
      )}
      {state.status === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>Could not load the series. {state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.series.length === 0 && (
        <p className="quiet">
          A series gathers the minutes of one inquiry or committee, meeting after meeting, with one
          register of their recommendations.
        </p>
      )}
      {state.status === 'ready' && state.series.length > 0 && (
        <ul className="series-list" aria-label="Series">
          {state.series.map((series) => (
            <li key={series.id}>
              <Link href={seriesPath(series.id)}>{series.title}</Link>{' '}
              <span className="quiet">
                {series.meetings === 1 ? '1 meeting' : `${series.meetings} meetings`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function NewSeriesForm({ onCancel }: { onCancel: () => void }) {
  const [title, setTitle] = useState('')
  const [isSaving, setIsSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!title.trim()) {
      setError('Give the series a title, for example "Inquiry into children\'s play".')
      inputRef.current?.focus()
      return
    }
    setIsSaving(true)
    setError(null)
    try {
      const { id } = await documentsApi.createSeries(title.trim())
      navigate(seriesPath(id))
    } catch (caught) {
      setError(errorMessage(caught))
      setIsSaving(false)
      inputRef.current?.focus()
    }
  }

  return (
    <form className="new-minutes" aria-label="New series" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId}>Series title</label>
      <div className="new-minutes__row">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: the form opens on the person's own click.
          autoFocus
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
          {isSaving ? 'Creating…' : 'Create series'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={isSaving}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
