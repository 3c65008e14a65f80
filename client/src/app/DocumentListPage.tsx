import { useState } from 'react'
import { formatUpdatedAt } from './formatUpdatedAt'
import { Link } from './Link'
import { editorPath } from './matchRoute'
import { NewMinutesForm } from './NewMinutesForm'
import { useDocumentList } from './useDocumentList'
import { useDocumentTitle } from './useDocumentTitle'

/** The home page: every set of minutes, newest first, and a way to start new ones. */
export function DocumentListPage() {
  const { state, reload } = useDocumentList()
  const [isCreating, setIsCreating] = useState(false)
  useDocumentTitle('Minutes')

  return (
    <>
      <header className="app-header">
        <nav aria-label="Main" className="app-header__nav">
          <Link href="/" className="brand" aria-current="page">
            Minutes
          </Link>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="list-page">
        <div className="list-page__heading">
          <h1>All minutes</h1>
          <button
            type="button"
            className="button button--primary"
            aria-expanded={isCreating}
            onClick={() => setIsCreating(true)}
          >
            New minutes
          </button>
        </div>
        {isCreating && <NewMinutesForm onCancel={() => setIsCreating(false)} />}

        {state.status === 'loading' && (
          <p className="quiet" role="status">
            Loading minutes…
          </p>
        )}

        {state.status === 'error' && (
          <div className="notice notice--error" role="alert">
            <p>Could not load the minutes. {state.message}</p>
            <button type="button" className="button" onClick={reload}>
              Try again
            </button>
          </div>
        )}

        {state.status === 'ready' && state.documents.length === 0 && (
          <section className="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">No minutes yet</h2>
            <p>Minutes you create appear here, newest first, for everyone on the team.</p>
            {!isCreating && (
              <button type="button" className="button" onClick={() => setIsCreating(true)}>
                Create the first minutes
              </button>
            )}
          </section>
        )}

        {state.status === 'ready' && state.documents.length > 0 && (
          <ul className="document-list" aria-label="Minutes">
            {state.documents.map((document) => (
              <li key={document.id}>
                <Link href={editorPath(document.id)} className="document-list__link">
                  <span className="document-list__title">{document.title || 'Untitled'}</span>
                  <span className="document-list__date">
                    Updated{' '}
                    <time dateTime={document.updatedAt}>{formatUpdatedAt(document.updatedAt)}</time>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
