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
  opening: SessionOpening,
  dependencies: SyncSessionDependencies,
): SyncConnection {
  const connection: OpenedConnection = { isClosed: false }
  const session: SyncSession = new SyncSession(
    opening.socket,
    opening.documentId,
    authorization(opening, connection, (reason) => session.end(CloseCode.unauthorized, reason)),
    dependencies,
  )
  return {
    receive: (frame) => session.receive(frame),
    closed: () => {
      connection.isClosed = true
      session.closed()
      connection.forget?.()
    },
  }
}

interface OpenedConnection {
  isClosed: boolean
  forget?: () => void
}

/**
 * The session's one authorisation, made in a scope of its own: the closures that live as long as
 * the connection must not keep what authorising needed (the upgrade request, headers and all).
 */
function authorization(
  { authorize, authorized, track }: SessionOpening,
  connection: OpenedConnection,
  end: (reason: string) => void,
): () => Promise<ConnectionGrant | undefined> {
  return async () => {
    const grant = await authorize()
    if (grant && !connection.isClosed) {
      authorized()
      connection.forget = track({ end }, grant)
    }
    return grant
  }
}
