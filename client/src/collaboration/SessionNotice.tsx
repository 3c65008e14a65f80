import type { CollaborationSession } from './createCollaborationSession'
import { useSessionStatus } from './useCollaborationSession'

/** A notice the session carries (a refused change), until the person dismisses it. */
export function SessionNotice({ session }: { session: CollaborationSession }) {
  const { notice } = useSessionStatus(session)
  if (!notice) return null
  return (
    <div className="notice notice--warning session-notice" role="alert">
      <p>{notice}</p>
      <p className="quiet">
        The minutes were reloaded from the server; anything else not yet saved on this device was
        dropped with it.
      </p>
      <button type="button" className="button" onClick={session.dismissNotice}>
        Dismiss
      </button>
    </div>
  )
}
