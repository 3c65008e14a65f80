import type { ReactNode } from 'react'
import { ConnectionIndicator } from '../collaboration/ConnectionIndicator'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import type { LocalUser } from '../collaboration/localUser'
import { PresenceBar } from '../collaboration/PresenceBar'
import { useCollaborationSession, useSessionStatus } from '../collaboration/useCollaborationSession'
import { useLocalUser } from '../collaboration/useLocalUser'
import { MinutesEditor } from '../editor/MinutesEditor'
import { DocumentTitle } from './DocumentTitle'
import { Link } from './Link'
import { NameDialog } from './NameDialog'
import { NotFoundPage } from './NotFoundPage'
import { type DocumentMeta, useDocumentMeta } from './useDocumentMeta'
import { useDocumentTitle } from './useDocumentTitle'

const documentNotFound = {
  heading: 'These minutes do not exist',
  message: 'They may have been deleted, or the link may be incomplete.',
}

type Rename = (title: string) => Promise<void>

/** `/d/:docId`: one set of minutes, edited together with everyone who has it open. */
export function EditorPage({ docId }: { docId: string }) {
  const [user, saveName] = useLocalUser()
  const { meta, rename } = useDocumentMeta(docId)
  useDocumentTitle(meta.status === 'ready' ? `${meta.title} — Minutes` : 'Minutes')

  if (meta.status === 'not-found') return <NotFoundPage {...documentNotFound} />
  if (!user) {
    return (
      <>
        <TopBar meta={meta} onRename={rename} />
        <main id="main" tabIndex={-1} className="editor-page" />
        <NameDialog onSubmit={saveName} />
      </>
    )
  }
  return <OpenDocument docId={docId} user={user} meta={meta} onRename={rename} />
}

interface OpenDocumentProps {
  docId: string
  user: LocalUser
  meta: DocumentMeta
  onRename: Rename
}

function OpenDocument({ docId, user, meta, onRename }: OpenDocumentProps) {
  const session = useCollaborationSession(docId, user)
  if (!session) {
    return (
      <>
        <TopBar meta={meta} onRename={onRename} />
        <main id="main" tabIndex={-1} className="editor-page">
          <Loading />
        </main>
      </>
    )
  }
  return <SessionView session={session} user={user} meta={meta} onRename={onRename} />
}

interface SessionViewProps {
  session: CollaborationSession
  user: LocalUser
  meta: DocumentMeta
  onRename: Rename
}

function SessionView({ session, user, meta, onRename }: SessionViewProps) {
  const status = useSessionStatus(session)
  if (status.failure?.kind === 'not-found') return <NotFoundPage {...documentNotFound} />
  const failure = status.failure?.kind === 'error' && (
    <div className="notice notice--error" role="alert">
      <p>{status.failure.message}</p>
      <button type="button" className="button" onClick={session.retry}>
        Try again
      </button>
    </div>
  )
  const isUnavailableOffline = status.connection === 'offline' && status.isLocalCopyEmpty

  return (
    <>
      <TopBar meta={meta} onRename={onRename}>
        <PresenceBar awareness={session.provider.awareness} />
        <ConnectionIndicator status={status} />
      </TopBar>
      <main id="main" tabIndex={-1} className="editor-page">
        {failure}
        {status.isLoaded && <MinutesEditor key={session.docId} session={session} user={user} />}
        {!status.isLoaded && !failure && isUnavailableOffline && (
          <div className="notice" role="status">
            <p>
              These minutes are not on this device yet, and the server cannot be reached. They will
              open as soon as the connection returns.
            </p>
          </div>
        )}
        {!status.isLoaded && !failure && !isUnavailableOffline && <Loading />}
      </main>
    </>
  )
}

interface TopBarProps {
  meta: DocumentMeta
  onRename: Rename
  children?: ReactNode
}

function TopBar({ meta, onRename, children }: TopBarProps) {
  return (
    <header className="top-bar">
      <nav aria-label="Main" className="top-bar__nav">
        <Link href="/" className="top-bar__back">
          <span aria-hidden="true">←</span> All minutes
        </Link>
      </nav>
      <DocumentTitle
        title={meta.status === 'ready' ? meta.title : null}
        placeholder={meta.status === 'error' ? 'Title unavailable' : 'Loading title…'}
        onRename={onRename}
      />
      <div className="top-bar__status">{children}</div>
    </header>
  )
}

function Loading() {
  return (
    <p className="quiet loading" role="status">
      Opening the minutes…
    </p>
  )
}
