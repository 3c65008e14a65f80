import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { type CollaborationSession, createCollaborationSession } from './createCollaborationSession'
import type { LocalUser } from './localUser'
import { refusalNotice, type SessionStatus } from './sessionStatus'

/**
 * Opens `docId` for as long as the component is mounted: one Y.Doc, one WebsocketProvider and
 * one IndexedDB copy, destroyed together on unmount or when the document changes. Each effect
 * run owns its own session, so StrictMode's mount, unmount, mount leaves exactly one alive.
 *
 * When the server refuses a change, the session is replaced: its local copy (which holds the
 * refused change) is deleted and a fresh session loads the server's state, saying why.
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
    const open = (notice: string | null) => {
      current = createCollaborationSession(docId, userRef.current, { notice, onRefused: replace })
      setSession(current)
    }
    const replace = (reason: string) => {
      current
        .discardLocalCopy()
        // If the copy survives, the server refuses its change again and we come back here.
        .catch((error: unknown) => console.error('The local copy could not be deleted.', error))
        .finally(() => {
          if (isOpen) open(refusalNotice(reason))
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

export function useSessionStatus(session: CollaborationSession): SessionStatus {
  return useSyncExternalStore(session.subscribe, session.getStatus)
}
