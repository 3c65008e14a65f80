import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import { type CollaborationSession, createCollaborationSession } from './createCollaborationSession'
import { keptRefusal } from './keptRefusal'
import type { LocalUser } from './localUser'
import type { Refusal } from './Refusal'
import type { SessionStatus } from './sessionStatus'

/** A refusal this soon after work was put back is a refusal of that work: do not loop. */
const REFUSED_AGAIN_WITHIN_MS = 30_000

/**
 * Opens `docId` for as long as the component is mounted: one Y.Doc, one WebsocketProvider and
 * one IndexedDB copy, destroyed together on unmount or when the document changes. Each effect
 * run owns its own session, so StrictMode's mount, unmount, mount leaves exactly one alive.
 *
 * When the server refuses a change, the session is replaced: its whole state is kept (in memory
 * and `keptRefusal`), its local copy (which holds the refused change) is deleted, and a fresh session loads the
 * server's state and carries the kept state (`getPendingRefusal`) for the page to put back.
 */
export function useCollaborationSession(
  docId: string,
  user: LocalUser,
): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null)
  const userRef = useRef(user)
  userRef.current = user

  useEffect(() => {
    let isOpen = true
    let current: CollaborationSession
    const open = (refusal: Refusal | null) => {
      current = createCollaborationSession(docId, userRef.current, {
        // Work a refusal left before the browser was last closed is put back too.
        refusal: refusal ?? keptRefusal.read(docId),
        onRefused: replace,
      })
      setSession(current)
    }
    const replace = (reason: string) => {
      const refusal = keepUnsavedWork(current, reason)
      keptRefusal.keep(docId, refusal)
      current
        .discardLocalCopy()
        // If the copy survives, the server refuses its change again and we come back here.
        .catch((error: unknown) => console.error('The local copy could not be deleted.', error))
        .finally(() => {
          if (isOpen) open(refusal)
        })
    }
    open(null)
    return () => {
      isOpen = false
      current.destroy()
      setSession((shown) => (shown === current ? null : shown))
    }
  }, [docId])

  useEffect(() => {
    session?.setUser(user)
  }, [session, user])

  // Until the effect for a new docId has run, the previous session must not be shown.
  return session?.docId === docId ? session : null
}

/** Everything `session` holds, with the work a previous refusal left to put back, if any. */
function keepUnsavedWork(session: CollaborationSession, reason: string): Refusal {
  const state = Y.encodeStateAsUpdate(session.ydoc)
  const earlier = session.getPendingRefusal()
  const restoredAt = session.getRestoredAt()
  const isRefusedAgain = restoredAt !== null && Date.now() - restoredAt < REFUSED_AGAIN_WITHIN_MS
  return {
    reason,
    unsavedState: earlier ? Y.mergeUpdates([earlier.unsavedState, state]) : state,
    mayRestore: !isRefusedAgain && (earlier?.mayRestore ?? true),
  }
}

export function useSessionStatus(session: CollaborationSession): SessionStatus {
  return useSyncExternalStore(session.subscribe, session.getStatus)
}
