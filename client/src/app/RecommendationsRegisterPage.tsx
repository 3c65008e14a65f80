import { RegisterTable } from '../series/RegisterTable'
import { useRecommendationsRegister } from '../series/useRecommendationsRegister'
import { seriesRegisterFilePath } from '../shared/api/documentsApi'
import { Link } from '../shared/navigation/Link'
import { seriesPath } from '../shared/navigation/matchRoute'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import { NotFoundPage } from './NotFoundPage'
import { SeriesPageHeader } from './SeriesPageHeader'
import './documentListPage.css'

/** Every recommendation of a series' meetings, kept current while any of its minutes change. */
export function RecommendationsRegisterPage({ seriesId }: { seriesId: string }) {
  const { state, reload } = useRecommendationsRegister(seriesId)
  useDocumentTitle(
    state.status === 'ready'
      ? `Recommendations — ${state.register.title} — Minutes`
      : 'Recommendations — Minutes',
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
      <main id="main" tabIndex={-1} className="list-page list-page--wide">
        <p>
          <Link href={seriesPath(seriesId)}>
            {state.status === 'ready' ? state.register.title : 'The series'}
          </Link>
        </p>
        <div className="list-page__heading">
          <h1>Recommendations register</h1>
          <div className="series-page__actions">
            <a className="button" href={seriesRegisterFilePath(seriesId, 'csv')} download>
              Download CSV
            </a>
            <a className="button" href={seriesRegisterFilePath(seriesId, 'docx')} download>
              Download Word
            </a>
          </div>
        </div>
        {state.status === 'loading' && (
          <p className="quiet" role="status">
            Loading the register…
          </p>
        )}
        {state.status === 'error' && (
          <div className="notice notice--error" role="alert">
            <p>Could not load the register. {state.message}</p>
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && state.refreshError && (
          <div className="notice notice--error" role="alert">
            <p>This may be out of date: reading the register again failed. {state.refreshError}</p>
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          </div>
        )}
        {state.status === 'ready' && state.register.recommendations.length === 0 && (
          <section className="empty-state" aria-labelledby="no-recommendations">
            <h2 id="no-recommendations">No recommendations yet</h2>
            <p>
              Recommendations written in any meeting of this series appear here as they are written,
              numbered as in their minutes.
            </p>
          </section>
        )}
        {state.status === 'ready' && state.register.recommendations.length > 0 && (
          <RegisterTable
            seriesId={seriesId}
            rows={state.register.recommendations}
            onNoted={reload}
          />
        )}
      </main>
    </>
  )
}
