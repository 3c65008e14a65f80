import { workflowStatusLabels } from '@minutes/permissions'
import { useState } from 'react'
import { SignOutButton } from '../auth/SignOutButton'
import { useAccess } from '../auth/useAccess'
import { ImportDialog } from '../import/ImportDialog'
import { searchShortcutAria, searchShortcutLabel } from '../search/isSearchShortcut'
import { openSearch } from '../search/openSearch'
import { SeriesSection } from '../series/SeriesSection'
import { Link } from '../shared/navigation/Link'
import { editorPath } from '../shared/navigation/matchRoute'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import { formatUpdatedAt } from './formatUpdatedAt'
import { NewMinutesForm } from './NewMinutesForm'
import { useDocumentList } from './useDocumentList'
import './documentListPage.css'
import '../collaboration/documentStatusBadge.css'

/**
 * The home page: every set of minutes, newest first, and a way to start new ones. Someone who
 * came by an invitation cannot list minutes: they are shown the way to theirs.
 */
export function DocumentListPage() {
  const { state, retry } = useAccess()
  useDocumentTitle('Minutes')
  if (state.status === 'ready' && state.principal.kind === 'invitation') {
    return <InvitedPage documentId={state.principal.documentId} />
  }
  return (
    <>
      <header className="app-header">
        <div className="app-header__bar">
          <nav aria-label="Main" className="app-header__nav">
            <Link href="/" className="brand" aria-current="page">
              Minutes
            </Link>
          </nav>
          {state.status === 'ready' && (
            <button
              type="button"
              className="button app-header__search"
              aria-keyshortcuts={`/ ${searchShortcutAria}`}
              title={`Search all minutes (/ or ${searchShortcutLabel})`}
              onClick={openSearch}
            >
              Search <kbd>/</kbd>
            </button>
          )}
          {state.status === 'ready' && state.principal.kind === 'account' && <SignOutButton />}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="list-page">
        <LoadState state={state} onRetry={retry} />
        {state.status === 'ready' && <DocumentList />}
      </main>
    </>
  )
}

function InvitedPage({ documentId }: { documentId: string | undefined }) {
  return (
    <>
      <header className="app-header">
        <p className="brand app-header__brand">Minutes</p>
      </header>
      <main id="main" tabIndex={-1} className="message-page">
        <h1>You were invited to one document</h1>
        <p>
          Your invitation opens one set of minutes; the list of all minutes is for the secretariat.
        </p>
        {documentId && (
          <p>
            <Link href={editorPath(documentId)}>Open the minutes you were invited to</Link>
          </p>
        )}
      </main>
    </>
  )
}

function DocumentList() {
  const { state, reload } = useDocumentList()
  const [isCreating, setIsCreating] = useState(false)
  const [isImporting, setIsImporting] = useState(false)

  return (
    <>
      <div className="list-page__heading">
        <h1>All minutes</h1>
        <div className="list-page__actions">
          <button
            type="button"
            className="button button--primary"
            aria-expanded={isCreating}
            onClick={() => setIsCreating(true)}
          >
            New minutes
          </button>
          <button
            type="button"
            className="button"
            aria-haspopup="dialog"
            onClick={() => setIsImporting(true)}
          >
            New from file
          </button>
        </div>
      </div>
      {isCreating && <NewMinutesForm onCancel={() => setIsCreating(false)} />}
      {isImporting && <ImportDialog onClose={() => setIsImporting(false)} />}

      <SeriesSection />

      <LoadState state={state} onRetry={reload} />

      {state.status === 'ready' && state.documents.length === 0 && (
        <section className="empty-state" aria-labelledby="empty-heading">
          <h2 id="empty-heading">No minutes yet</h2>
          <p>Minutes you create appear here, newest first, for everyone on the team.</p>
          {!isCreating && (
            <div className="list-page__actions list-page__actions--centred">
              <button type="button" className="button" onClick={() => setIsCreating(true)}>
                Create the first minutes
              </button>
              <button type="button" className="button" onClick={() => setIsImporting(true)}>
                Import minutes from a file
              </button>
            </div>
          )}
        </section>
      )}

      {state.status === 'ready' && state.documents.length > 0 && (
        <ul className="document-list" aria-label="Minutes">
          {state.documents.map((document) => (
            <li key={document.id}>
              <Link href={editorPath(document.id)} className="document-list__link">
                <span className="document-list__title">
                  {document.title || 'Untitled'}{' '}
                  <span className="status-badge" data-status={document.status}>
                    {workflowStatusLabels[document.status]}
                  </span>
                  {document.openThreads ? (
                    <span className="document-list__comments">
                      {document.openThreads === 1
                        ? '1 open comment'
                        : `${document.openThreads} open comments`}
                    </span>
                  ) : null}
                </span>
                <span className="document-list__date">
                  Updated{' '}
                  <time dateTime={document.updatedAt}>{formatUpdatedAt(document.updatedAt)}</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** "Loading…" while a request runs, and what went wrong with a way to try again. */
function LoadState({
  state,
  onRetry,
}: {
  state: { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' }
  onRetry: () => void
}) {
  if (state.status === 'loading') {
    return (
      <p className="quiet" role="status">
        Loading minutes…
      </p>
    )
  }
  if (state.status === 'error') {
    return (
      <div className="notice notice--error" role="alert">
        <p>Could not load the minutes. {state.message}</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    )
  }
  return null
}
