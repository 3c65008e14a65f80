import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { encodeUpdate, MessageType } from '../sync/messages'
import type { ConnectionGrant } from '../sync/SyncSession'
import { connectClient, type TestClient } from './connectClient'
import type { TestServer } from './startTestServer'

/** Test connections say who they are in `?as=`: the sync layer is under test, not sign-in. */
export async function accessFromQuery(request: {
  url?: string
}): Promise<ConnectionGrant | undefined> {
  const as = new URL(request.url ?? '/', 'http://localhost').searchParams.get('as') ?? ''
  const identity = { name: `Test ${as}`, color: '#0b5cad' }
  // Connections with the same `as` are one person unless `who` names another.
  const principalId =
    new URL(request.url ?? '/', 'http://localhost').searchParams.get('who') ?? `test:${as}`
  // Test ids are no secret: comments carry them as they are.
  const who = { principalId, commenterId: principalId }
  if (as === 'secretariat' || as === 'reviewer') return { access: { role: as }, identity, ...who }
  if (as.startsWith('speaker:')) {
    const speakerId = as.slice('speaker:'.length)
    return { access: { role: 'speaker', speakerId }, identity, ...who }
  }
  return undefined
}

export interface RawConnection {
  socket: WebSocket
  closed: Promise<{ code: number; reason: string }>
  /** Reasons of the y-protocols permission-denied messages received. */
  denials: string[]
}

/** Opens a raw socket as `as` (see accessFromQuery) and waits for the server's first message. */
export async function openAs(
  server: TestServer,
  documentId: string,
  as: string,
  who?: string,
): Promise<RawConnection> {
  const query = `as=${encodeURIComponent(as)}${who ? `&who=${encodeURIComponent(who)}` : ''}`
  const socket = new WebSocket(`${server.wsUrl}/${documentId}?${query}`)
  const denials: string[] = []
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    if (decoding.readVarUint(decoder) === MessageType.auth) {
      decoding.readVarUint(decoder)
      denials.push(decoding.readVarString(decoder))
    }
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise((resolve) => socket.once('message', resolve))
  return { socket, closed, denials }
}

/** Sends one update as `as` on a fresh connection. */
export async function sendUpdateAs(
  server: TestServer,
  documentId: string,
  as: string,
  update: Uint8Array,
  who?: string,
): Promise<RawConnection> {
  const connection = await openAs(server, documentId, as, who)
  connection.socket.send(encodeUpdate(update))
  return connection
}

/** A stock client connected as `as`. */
export function connectAs(server: TestServer, documentId: string, as: string): TestClient {
  return connectClient(server.wsUrl, documentId, { params: { as } })
}

/**
 * Waits for a round trip through the server, then returns what a fresh client syncs: had
 * anything been stored or broadcast, it would be there by now.
 */
export async function syncedState(server: TestServer, documentId: string): Promise<Y.Doc> {
  const probe = connectAs(server, documentId, 'secretariat')
  await probe.synced
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(probe.doc))
  probe.destroy()
  return copy
}
