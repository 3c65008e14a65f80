import type { DocumentSummary, SeriesView } from '@minutes/protocol'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { MeetingTable } from '../series/MeetingTable'
import { OpenActions } from '../series/OpenActions'
import { SeriesPeopleList } from '../series/SeriesPeopleList'
import { useSeries } from '../series/useSeries'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'
import { Link } from '../shared/navigation/Link'
import { registerPath } from '../shared/navigation/matchRoute'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import { NewMinutesForm } from './NewMinutesForm'
import { NotFoundPage } from './NotFoundPage'
import { SeriesPageHeader } from './SeriesPageHeader'
import './documentListPage.css'

/** A series: its meetings in order, the next meeting's minutes, and minutes added to it. */
export function SeriesPage({ seriesId }: { seriesId: string }) {
  const { state, reload, version } = useSeries(seriesId)
  const [isCreating, setIsCreating] = useState(false)
  useDocumentTitle(
    state.status === 'ready' ? `${state.series.title} — Minutes` : 'Series — Minutes',
  )
  if (state.status === 'not-found') {
    return (
      <NotFoundPage
        heading="Series not found"
        message="There is no series at this address. It may have been mistyped."
      />
    )
  }
  return (
    <>
      <SeriesPageHeader />
      <main id="main" tabIndex={-1} className="list-page">
        <p>
          <Link href="/">All minutes</Link>
        </p>
        {state.status === 'loading' && (
          <p className="quiet" role="status">
            Loading the series…
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
        {state.status === 'ready' && (
          <>
            <div className="list-page__heading">
              <h1>{state.series.title}</h1>
              <div className="series-page__actions">
                <button
                  type="button"
                  className="button button--primary"
                  aria-expanded={isCreating}
                  onClick={() => setIsCreating(true)}
                >
                  New meeting
                </button>
                <Link className="button" href={registerPath(seriesId)}>
                  Recommendations register
                </Link>
              </div>
            </div>
            {isCreating && (
              <NewMinutesForm
                onCancel={() => setIsCreating(false)}
                seriesId={seriesId}
                {...carryOfferOf(state.series)}
              />
            )}
            {state.series.meetings.length === 0 ? (
              <section className="empty-state" aria-labelledby="no-meetings">
                <h2 id="no-meetings">No meetings yet</h2>
                <p>
                  Start the minutes of a meeting here, or add minutes you already have: they are
                  listed by the date in their details.
                </p>
              </section>
            ) : (
              <MeetingTable meetings={state.series.meetings} />
            )}
            <OpenActions seriesId={seriesId} version={version} />
            <SeriesPeopleList seriesId={seriesId} version={version} />
            <AddMinutesForm seriesId={seriesId} onAdded={reload} />
          </>
        )}
      </main>
    </>
  )
}

/** The last meeting's open actions, offered to the next meeting's minutes. */
function carryOfferOf(series: SeriesView): {
  carryOffer?: { count: number; meetingTitle: string }
} {
  const last = series.meetings.at(-1)
  return last && last.counts.openActions > 0
    ? { carryOffer: { count: last.counts.openActions, meetingTitle: last.title } }
    : {}
}

/** Makes minutes that are in no series a meeting of this one. */
function AddMinutesForm({ seriesId, onAdded }: { seriesId: string; onAdded: () => void }) {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null)
  const [chosen, setChosen] = useState('')
  const [isSaving, setIsSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const selectId = useId()
  const errorId = useId()

  useEffect(() => {
    const controller = new AbortController()
    documentsApi.list(controller.signal).then(
      (all) => setDocuments(all.filter((document) => document.seriesId === null)),
      (caught: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(caught))
      },
    )
    return () => controller.abort()
  }, [])

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!chosen) return
    setIsSaving(true)
    setError(null)
    try {
      await documentsApi.moveToSeries(chosen, seriesId)
      setDocuments((current) => current?.filter(({ id }) => id !== chosen) ?? null)
      setChosen('')
      onAdded()
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setIsSaving(false)
    }
  }

  if (documents !== null && documents.length === 0) return null
  return (
    <form className="new-minutes series-page__add" onSubmit={handleSubmit} noValidate>
      <label htmlFor={selectId}>Add minutes to this series</label>
      <div className="new-minutes__row">
        <select
          id={selectId}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          disabled={documents === null || isSaving}
          aria-describedby={error ? errorId : undefined}
        >
          <option value="">Choose minutes in no series…</option>
          {documents?.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title || 'Untitled'}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={!chosen || isSaving}>
          {isSaving ? 'Adding…' : 'Add'}
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
