import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { type CollaborationSession, createCollaborationSession } from './createCollaborationSession'
import type { LocalUser } from './localUser'
import type { SessionStatus } from './sessionStatus'

/**
 * Opens `docId` for as long as the component is mounted: one Y.Doc, one WebsocketProvider and
 * one IndexedDB copy, destroyed together on unmount or when the document changes. Each effect
 * run owns its own session, so StrictMode's mount, unmount, mount leaves exactly one alive.
 */
export function useCollaborationSession(
  docId: string,
  user: LocalUser,
): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null)
  const userRef = useRef(user)
  userRef.current = user

  useEffect(() => {
    const created = createCollaborationSession(docId, userRef.current)
    setSession(created)
    return () => {
      created.destroy()
      setSession((current) => (current === created ? null : current))
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
