import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as Y from 'yjs'

/**
 * How a server frames the y-websocket protocol: plain (y-websocket, ours, the null relay), or
 * Hocuspocus's, where every message starts with the document name and auth comes first.
 */
export type Framing = 'y-websocket' | 'hocuspocus'

const messageSync = 0
const messageAuth = 2
/** Hocuspocus answers a client's sync step 1 under its own type. */
const messageSyncReply = 4
const syncStep1 = 0
const syncStep2 = 1
const syncUpdate = 2
const syncTimeoutMs = 30_000

export interface SyncConnection {
  /** Settles once the server's sync step 2 arrived (at open, for a relay that answers nothing). */
  synced: Promise<void>
  sendUpdate(update: Uint8Array): void
  close(): void
}

export interface SyncConnectionOptions {
  url: string
  documentName: string
  framing: Framing
  headers?: Record<string, string>
  /** Kept in step with the server when given (a writer); a receiver holds no document. */
  doc?: Y.Doc
  /** Each update the server sends, as received: its sync step 2, then every broadcast. */
  onUpdate?: (update: Uint8Array) => void
  /** For a relay that answers nothing: synced as soon as the socket is open. */
  syncedOnOpen?: boolean
}

/**
 * A minimal y-websocket (or Hocuspocus) client without a provider: a receiver only timestamps
 * the updates it gets, so thousands of them cost the bench process little and every server
 * is measured by the same code.
 */
export function openSyncConnection(options: SyncConnectionOptions): SyncConnection {
  const { url, documentName, framing, doc, onUpdate } = options
  const socket = new WebSocket(url, { headers: options.headers, perMessageDeflate: false })
  socket.binaryType = 'nodebuffer'
  const begin = (type: number) => {
    const encoder = encoding.createEncoder()
    if (framing === 'hocuspocus') encoding.writeVarString(encoder, documentName)
    encoding.writeVarUint(encoder, type)
    return encoder
  }
  const sendSync = (step: number, payload: Uint8Array) => {
    const encoder = begin(messageSync)
    encoding.writeVarUint(encoder, step)
    encoding.writeVarUint8Array(encoder, payload)
    socket.send(encoding.toUint8Array(encoder))
  }
  let markSynced = () => {}
  const synced = new Promise<void>((resolve, reject) => {
    // A server that never answers fails the scenario instead of hanging the whole run.
    const timer = setTimeout(() => {
      reject(new Error(`${url}: no sync within ${syncTimeoutMs} ms`))
      socket.terminate()
    }, syncTimeoutMs)
    markSynced = () => {
      clearTimeout(timer)
      resolve()
    }
    socket.once('error', reject)
    socket.once('close', (code, reason) => {
      clearTimeout(timer)
      reject(new Error(`closed ${code} ${reason}`))
    })
  })
  // A benchmark that stops early must not leave an unhandled rejection behind.
  synced.catch(() => {})
  socket.on('open', () => {
    if (framing === 'hocuspocus') {
      const encoder = begin(messageAuth)
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarString(encoder, '')
      socket.send(encoding.toUint8Array(encoder))
    }
    sendSync(syncStep1, doc ? Y.encodeStateVector(doc) : new Uint8Array([0]))
    if (options.syncedOnOpen) markSynced()
  })
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(data)
    if (framing === 'hocuspocus') decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type !== messageSync && type !== messageSyncReply) return
    const step = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (step === syncStep1) {
      if (doc) sendSync(syncStep2, Y.encodeStateAsUpdate(doc, payload))
    } else if (step === syncStep2) {
      if (doc) Y.applyUpdate(doc, payload, 'server')
      onUpdate?.(payload)
      markSynced()
    } else if (step === syncUpdate) {
      if (doc) Y.applyUpdate(doc, payload, 'server')
      onUpdate?.(payload)
    }
  })
  return {
    synced,
    sendUpdate: (update) => sendSync(syncUpdate, update),
    close: () => socket.close(),
  }
}
