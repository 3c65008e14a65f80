import { canCommentNow, canManageDocument, type WorkflowStatus } from '@minutes/permissions'
import type { DocumentSummary, Principal } from '@minutes/protocol'
import { CloseCode } from '@minutes/protocol'
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { AccessContext, type EditorAccess } from '../auth/AccessContext'
import { SignOutButton } from '../auth/SignOutButton'
import { useAccess } from '../auth/useAccess'
import { ConnectionIndicator } from '../collaboration/ConnectionIndicator'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import { DocumentStatusBadge } from '../collaboration/DocumentStatusBadge'
import { DocumentStatusContext } from '../collaboration/DocumentStatusContext'
import type { LocalUser } from '../collaboration/localUser'
import { PeopleContext } from '../collaboration/PeopleContext'
import { PresenceBar } from '../collaboration/PresenceBar'
import { useCollaborationSession, useSessionStatus } from '../collaboration/useCollaborationSession'
import { usePeople } from '../collaboration/usePeople'
import { CommentBubble } from '../comments/CommentBubble'
import { CommentsPanel } from '../comments/CommentsPanel'
import { commentAuthorOf, useComments, useOpenThreadCount } from '../comments/useComments'
import { badgesOf, CorrectionBadgesContext } from '../corrections/CorrectionBadges'
import { CorrectionsPanel } from '../corrections/CorrectionsPanel'
import { useCorrections } from '../corrections/useCorrections'
import { MinutesEditor } from '../editor/MinutesEditor'
import { ExportMenu } from '../export/ExportMenu'
import { HistoryPanel } from '../history/HistoryPanel'
import { StartMinutes } from '../import/StartMinutes'
import { OutlineNav } from '../outline/OutlineNav'
import { useRestoreUnsavedWork } from '../recovery/useRestoreUnsavedWork'
import { RecommendationsPanel } from '../register/RecommendationsPanel'
import { RightsBanner } from '../rights/RightsBanner'
import { useSectionRights } from '../rights/useSectionRights'
import { useRevealBlockFromAddress } from '../search/useRevealBlockFromAddress'
import { documentsApi } from '../shared/api/documentsApi'
import { Link } from '../shared/navigation/Link'
import { editorPath } from '../shared/navigation/matchRoute'
import { useDocumentTitle } from '../shared/navigation/useDocumentTitle'
import { handleUnauthorized } from '../shared/session/handleUnauthorized'
import { ShareButton } from '../sharing/ShareDialog'
import { DocumentTitle } from './DocumentTitle'
import { describeSignOff } from './describeSignOff'
import { EditorSidebar } from './EditorSidebar'
import { NotFoundPage } from './NotFoundPage'
import { type DocumentMeta, useDocumentMeta } from './useDocumentMeta'
import { useEditorWithin } from './useEditorWithin'
import { useWorkflowStatus } from './useWorkflowStatus'
import { WorkflowControl } from './WorkflowControl'
import './topBar.css'
import './editorPage.css'

const documentNotFound = {
  heading: 'These minutes do not exist',
  message: 'They may have been deleted, or the link may be incomplete.',
}

type Rename = (title: string) => Promise<void>

/** `/d/:docId`: one set of minutes, edited together with everyone who has it open. */
export function EditorPage({ docId }: { docId: string }) {
  const { state, retry } = useAccess(docId)
  const { meta, rename, update } = useDocumentMeta(docId)
  useDocumentTitle(meta.status === 'ready' ? `${meta.title} — Minutes` : 'Minutes')

  if (meta.status === 'not-found') return <NotFoundPage {...documentNotFound} />
  if (state.status !== 'ready') {
    return (
      <>
        <TopBar meta={meta} />
        <main id="main" tabIndex={-1} className="editor-page">
          {state.status === 'loading' ? (
            <Loading />
          ) : (
            <div className="notice notice--error" role="alert">
              <p>Could not check your access to these minutes. {state.message}</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </div>
          )}
        </main>
      </>
    )
  }
  const { principal, access, commenterId } = state
  if (!access) return <NoAccessPage principal={principal} />
  return (
    <AccessContext.Provider value={{ principal, access }}>
      <OpenDocument
        docId={docId}
        editorAccess={{ principal, access }}
        commenterId={commenterId}
        meta={meta}
        onRename={canManageDocument(access) ? rename : undefined}
        onChanged={update}
      />
    </AccessContext.Provider>
  )
}

function NoAccessPage({ principal }: { principal: Principal }) {
  const ownDocument = principal.kind === 'invitation' ? principal.documentId : undefined
  return (
    <NotFoundPage
      heading="You have no access to these minutes"
      message="Your invitation is for other minutes. Ask the secretariat if you need these too."
      link={
        ownDocument
          ? { href: editorPath(ownDocument), label: 'Open the minutes you were invited to' }
          : undefined
      }
    />
  )
}

interface OpenDocumentProps {
  docId: string
  editorAccess: EditorAccess
  commenterId: string | null
  meta: DocumentMeta
  onRename: Rename | undefined
  onChanged: (document: DocumentSummary) => void
}

function OpenDocument({
  docId,
  editorAccess,
  commenterId,
  meta,
  onRename,
  onChanged,
}: OpenDocumentProps) {
  const { name, color } = editorAccess.principal
  // Presence shows the server's name for everyone (it overwrites what a client claims): use it here too.
  const user = useMemo<LocalUser>(() => ({ name, color }), [name, color])
  const session = useCollaborationSession(docId, user)
  if (!session) {
    return (
      <>
        <TopBar meta={meta} principal={editorAccess.principal} onRename={onRename} />
        <main id="main" tabIndex={-1} className="editor-page">
          <Loading />
        </main>
      </>
    )
  }
  return (
    <SessionView
      session={session}
      user={user}
      editorAccess={editorAccess}
      commenterId={commenterId}
      meta={meta}
      onRename={onRename}
      onChanged={onChanged}
    />
  )
}

interface SessionViewProps extends Omit<OpenDocumentProps, 'docId'> {
  session: CollaborationSession
  user: LocalUser
}

function SessionView({
  session,
  user,
  editorAccess,
  commenterId,
  meta,
  onRename,
  onChanged,
}: SessionViewProps) {
  const { principal, access } = editorAccess
  const status = useSessionStatus(session)
  const workflowStatus = useWorkflowStatus(
    session.ydoc,
    meta.status === 'ready' ? meta.workflowStatus : 'draft',
  )
  const pageRef = useRef<HTMLElement>(null)
  const editor = useEditorWithin(pageRef)
  const people = usePeople(session.people)
  const rights = useSectionRights(editor, access, workflowStatus)
  useRestoreUnsavedWork(session, editor, access, workflowStatus)
  useRevealBlockFromAddress(editor, session.ydoc)
  // Reviewers come to comment; everyone else starts on the register.
  const [sidebarTab, setSidebarTab] = useState(access.role === 'reviewer' ? 'comments' : 'register')
  const revealComments = useCallback(() => setSidebarTab('comments'), [])
  const comments = useComments(session.ydoc, editor, revealComments)
  const openThreads = useOpenThreadCount(comments.controller)
  const commentAuthor = commentAuthorOf(commenterId, principal.name, access.role)
  const canComment = commentAuthor !== undefined && canCommentNow(access, workflowStatus).allowed
  useSignInAgainOnUnauthorizedClose(session)
  useMetaFollowingStatus(session.docId, meta, workflowStatus, onChanged)
  // The secretariat sees every correction; a speaker their own sections' (read-only).
  const seesCorrections = canManageDocument(access) || access.role === 'speaker'
  const { corrections, reload: reloadCorrections } = useCorrections(
    session.docId,
    editor,
    seesCorrections,
    workflowStatus,
  )
  const correctionBadges = useMemo(
    () =>
      corrections.state === 'ready' && corrections.list.since !== null
        ? badgesOf(corrections.list.corrections)
        : null,
    [corrections],
  )
  const pendingCorrections =
    corrections.state === 'ready'
      ? corrections.list.corrections.filter(({ state }) => state === 'pending').length
      : 0
  const signOff =
    meta.status === 'ready' ? describeSignOff(workflowStatus, meta.signOffs) : undefined
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
  const canManage = canManageDocument(access)

  return (
    <DocumentStatusContext.Provider value={workflowStatus}>
      <TopBar meta={meta} principal={principal} onRename={onRename}>
        <div className="top-bar__workflow">
          <DocumentStatusBadge />
          {signOff && (
            <span className="top-bar__sign-off" title={signOff}>
              {signOff}
            </span>
          )}
          {canManage && (
            <WorkflowControl
              docId={session.docId}
              status={workflowStatus}
              access={access}
              onChanged={onChanged}
            />
          )}
        </div>
        <div className="top-bar__status">
          <PresenceBar awareness={session.provider.awareness} />
          <ConnectionIndicator status={status} />
          {canManage && principal.kind !== 'invitation' && (
            <ShareButton docId={session.docId} people={people} />
          )}
          <ExportMenu docId={session.docId} isPublished={workflowStatus === 'published'} />
          {principal.kind === 'account' && <SignOutButton />}
        </div>
      </TopBar>
      <RightsBanner access={access} status={workflowStatus} />
      <div className="editor-layout">
        {editor && <OutlineNav editor={editor} people={people} />}
        <main
          id="main"
          ref={pageRef}
          tabIndex={-1}
          className="editor-page"
          data-editable={rights.isEditable}
        >
          {failure}
          {status.isLoaded && editor && rights.isEditable && canManage && (
            <StartMinutes editor={editor} />
          )}
          {status.isLoaded && (
            <CorrectionBadgesContext.Provider value={correctionBadges}>
              <MinutesEditor
                key={session.docId}
                session={session}
                user={user}
                extensions={[rights.extension, comments.extension]}
              />
            </CorrectionBadgesContext.Provider>
          )}
          {editor && canComment && (
            <CommentBubble editor={editor} controller={comments.controller} />
          )}
          {!status.isLoaded && !failure && isUnavailableOffline && (
            <div className="notice" role="status">
              <p>
                These minutes are not on this device yet, and the server cannot be reached. They
                will open as soon as the connection returns.
              </p>
            </div>
          )}
          {!status.isLoaded && !failure && !isUnavailableOffline && <Loading />}
        </main>
        {editor && (
          <EditorSidebar
            selectedId={sidebarTab}
            onSelect={setSidebarTab}
            tabs={[
              {
                id: 'comments',
                label: openThreads > 0 ? `Comments (${openThreads})` : 'Comments',
                followsPage: true,
                content: commentAuthor ? (
                  <PeopleContext.Provider value={session.people}>
                    <CommentsPanel
                      editor={editor}
                      controller={comments.controller}
                      author={commentAuthor}
                      canComment={canComment}
                    />
                  </PeopleContext.Provider>
                ) : (
                  <p className="quiet">Comments open once the server has been reached.</p>
                ),
              },
              {
                id: 'register',
                label: 'Recommendations and actions',
                content: <RecommendationsPanel editor={editor} people={people} />,
              },
              ...(seesCorrections
                ? [
                    {
                      id: 'corrections',
                      label:
                        pendingCorrections > 0
                          ? `Corrections (${pendingCorrections})`
                          : 'Corrections',
                      content: (
                        <CorrectionsPanel
                          docId={session.docId}
                          corrections={corrections}
                          reload={reloadCorrections}
                          canDecide={canManage}
                          people={people}
                        />
                      ),
                    },
                  ]
                : []),
              {
                id: 'history',
                label: 'History',
                content: (
                  <HistoryPanel
                    docId={session.docId}
                    canManage={canManage}
                    status={workflowStatus}
                  />
                ),
              },
            ]}
          />
        )}
      </div>
    </DocumentStatusContext.Provider>
  )
}

/**
 * Someone else moved the minutes (the status arrives live through the document): ask the server
 * again for who approved or published them, so that the top bar names them.
 */
function useMetaFollowingStatus(
  docId: string,
  meta: DocumentMeta,
  workflowStatus: WorkflowStatus,
  onChanged: (document: DocumentSummary) => void,
): void {
  const knownStatus = meta.status === 'ready' && !meta.isRemembered ? meta.workflowStatus : null
  useEffect(() => {
    if (knownStatus === null || knownStatus === workflowStatus) return
    const controller = new AbortController()
    documentsApi.get(docId, controller.signal).then(onChanged, () => {
      // Offline or refused: the badge still shows the status; the names come with the next load.
    })
    return () => controller.abort()
  }, [docId, knownStatus, workflowStatus, onChanged])
}

/** The server closes with 4401 when the session ended or the invitation was withdrawn. */
function useSignInAgainOnUnauthorizedClose(session: CollaborationSession): void {
  useEffect(() => {
    const handleClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.unauthorized) handleUnauthorized()
    }
    session.provider.on('connection-close', handleClose)
    return () => session.provider.off('connection-close', handleClose)
  }, [session])
}

interface TopBarProps {
  meta: DocumentMeta
  /** Unknown while access is being checked. */
  principal?: Principal
  onRename?: Rename
  children?: ReactNode
}

function TopBar({ meta, principal, onRename, children }: TopBarProps) {
  return (
    <header className="top-bar">
      {principal?.kind !== 'invitation' && (
        <nav aria-label="Main" className="top-bar__nav">
          <Link href="/" className="top-bar__back">
            <span aria-hidden="true">←</span> All minutes
          </Link>
        </nav>
      )}
      <DocumentTitle
        title={meta.status === 'ready' ? meta.title : null}
        placeholder={meta.status === 'error' ? 'Title unavailable' : 'Loading title…'}
        onRename={onRename}
      />
      {children}
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
