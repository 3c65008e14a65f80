import type { SessionStatus } from './sessionStatus'
import './connectionIndicator.css'

/** The connection state in words, and how much work is waiting to reach the server. */
export function ConnectionIndicator({ status }: { status: SessionStatus }) {
  return (
    <span
      className="connection"
      role="status"
      data-testid="connection-status"
      data-state={status.connection}
    >
      <span className="connection__dot" aria-hidden="true" />
      {connectionText(status)}
    </span>
  )
}

export function connectionText({ connection, unsyncedChanges, hasSynced }: SessionStatus): string {
  switch (connection) {
    case 'connected':
      return 'Connected'
    case 'connecting':
      return hasSynced ? 'Reconnecting…' : 'Connecting…'
    case 'offline':
      if (unsyncedChanges === 0) return 'Offline'
      return `Offline — ${unsyncedChanges} unsynced ${unsyncedChanges === 1 ? 'change' : 'changes'}`
  }
}
