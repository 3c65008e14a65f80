import type { DocumentAccess, WorkflowStatus } from '@minutes/permissions'
import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import { useSessionStatus } from '../collaboration/useCollaborationSession'
import { minutesOf } from './mergeUnsavedWork'
import { restoreUnsavedWork } from './restoreUnsavedWork'

/**
 * Once a session that replaced a refused one has the server's minutes in its editor, puts the
 * person's unsaved work back (`restoreUnsavedWork`) and hands the session what was not accepted.
 */
export function useRestoreUnsavedWork(
  session: CollaborationSession,
  editor: Editor | null,
  access: DocumentAccess,
  workflowStatus: WorkflowStatus,
): void {
  const { hasSynced } = useSessionStatus(session)
  const statusRef = useRef(workflowStatus)
  statusRef.current = workflowStatus

  useEffect(() => {
    if (!hasSynced || !editor || session.getPendingRefusal() === null) return
    let isRestoring = false
    const restoreOnceShown = () => {
      const refusal = session.getPendingRefusal()
      if (isRestoring || !refusal || editor.isDestroyed || !isEditorOf(editor, session)) return
      // The editor renders the Y.Doc a moment after it is made: until then there is no base to diff.
      if (!editor.state.doc.eq(minutesOf(session.ydoc, editor.schema))) return
      // Putting the work back dispatches transactions, which call this again.
      isRestoring = true
      session.finishRestore(
        restoreUnsavedWork(
          { editor, ydoc: session.ydoc, access, status: statusRef.current },
          refusal,
        ),
      )
    }
    restoreOnceShown()
    editor.on('transaction', restoreOnceShown)
    return () => {
      editor.off('transaction', restoreOnceShown)
    }
  }, [session, editor, hasSynced, access])
}

/** Whether `editor` edits this session's Y.Doc (and not the one it replaced). */
function isEditorOf(editor: Editor, session: CollaborationSession): boolean {
  const collaboration = editor.extensionManager.extensions.find(
    (extension) => extension.name === 'collaboration',
  )
  const document: unknown = collaboration?.options.document
  return document === session.ydoc
}
