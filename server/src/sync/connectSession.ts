import { CloseCode } from '@minutes/protocol'
import { type ConnectionGrant, SyncSession, type SyncSessionDependencies } from './SyncSession'
import type { SyncConnection, SyncSocket } from './SyncSocket'

/**
 * Keeps an authorised connection where the end of its credentials (a revoked or expired
 * invitation, a signed-out session) can end it; returns the function that forgets it.
 */
export type TrackConnection = (
  connection: { end(reason: string): void },
  grant: ConnectionGrant,
) => () => void

export interface SessionOpening {
  socket: SyncSocket
  documentId: string
  /** What the connection may do with the document; undefined refuses it. */
  authorize: () => Promise<ConnectionGrant | undefined>
  /** Tells the transport the connection is authorised. */
  authorized: () => void
  track: TrackConnection
}

/**
 * One connection's session, tracked by its credentials from the moment it is authorised until
 * it closes: when they end, it ends with 4401. A connection that closes while it is being
 * authorised is never tracked, so nothing is left behind for it.
 */
export function connectSession(
  { socket, documentId, authorize, authorized, track }: SessionOpening,
  dependencies: SyncSessionDependencies,
): SyncConnection {
  let isClosed = false
  let forget: (() => void) | undefined
  const session: SyncSession = new SyncSession(
    socket,
    documentId,
    async () => {
      const grant = await authorize()
      if (grant && !isClosed) {
        authorized()
        forget = track({ end: (reason) => session.end(CloseCode.unauthorized, reason) }, grant)
      }
      return grant
    },
    dependencies,
  )
  return {
    receive: (frame) => session.receive(frame),
    closed: () => {
      isClosed = true
      session.closed()
      forget?.()
    },
  }
}
