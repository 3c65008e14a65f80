import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { CloseCode } from '@minutes/protocol'
import { type RawData, WebSocket, WebSocketServer } from 'ws'
import type { SyncConnection, SyncSocket } from '../sync/SyncSocket'
import { binaryFrame } from './binaryFrame'
import { boundCloseReason } from './boundCloseReason'

export interface SyncTransportOptions {
  /** Websocket paths are `${pathPrefix}/<documentId>`. */
  pathPrefix: string
  maxMessageBytes: number
  /** Interval of keep-alive pings; a socket that misses one is dropped so its document can unload. */
  heartbeatMs?: number
  /** Outgoing data a slow client may let pile up before it is dropped rather than fill memory. */
  maxBufferedBytes?: number
  /** Whether the page that opened the socket may use it; others get 403 before any upgrade. */
  acceptsOrigin(request: IncomingMessage): boolean
  /** Whether the connection is over its address's limit; those get 503 before any upgrade. */
  isOverLimit?(request: IncomingMessage): boolean
  /**
   * A socket must be authorised (`connect` calls `authorized`) and have sent a first message
   * within this long, or it is closed: no one holds a socket open without saying who they are.
   */
  openingTimeoutMs?: number
  connect(
    socket: SyncSocket,
    documentId: string,
    request: IncomingMessage,
    authorized: () => void,
  ): SyncConnection
}

export interface SyncTransport {
  /**
   * Closes every socket with "going away" and stops accepting new ones; sockets whose peer has
   * not answered the close within `graceMs` are cut.
   */
  close(graceMs: number): void
  readonly connectionCount: number
}

/** The only code that touches websockets: adapts `ws` sockets to the sync layer's SyncSocket. */
export function attachSyncTransport(server: Server, options: SyncTransportOptions): SyncTransport {
  // maxPayload makes `ws` refuse oversized frames (close 1009) before anything is decoded.
  // No compression: `wrap` writes finished frames to the stream, and `ws` then never holds a
  // frame back for a deflate in progress that a frame written beside it could overtake.
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    perMessageDeflate: false,
  })
  const alive = new WeakSet<WebSocket>()

  const handleUpgrade = (request: IncomingMessage, stream: Duplex, head: Buffer) => {
    const documentId = parseDocumentId(request.url, options.pathPrefix)
    if (documentId === null) {
      stream.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (!options.acceptsOrigin(request)) {
      stream.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    if (options.isOverLimit?.(request)) {
      stream.end(tooManyConnections)
      return
    }
    sockets.handleUpgrade(request, stream, head, (websocket) => {
      alive.add(websocket)
      const opening = watchOpening(websocket, options.openingTimeoutMs ?? 10_000)
      const socket = wrap(websocket, stream, options.maxBufferedBytes ?? 64 * 1024 * 1024)
      const connection = options.connect(socket, documentId, request, opening.authorized)
      listen(websocket, socket, opening, connection, alive)
    })
  }
  server.on('upgrade', handleUpgrade)

  const heartbeat = setInterval(() => {
    for (const websocket of sockets.clients) {
      if (!alive.has(websocket)) {
        websocket.terminate()
        continue
      }
      alive.delete(websocket)
      websocket.ping()
    }
  }, options.heartbeatMs ?? 30_000)
  heartbeat.unref()

  return {
    close(graceMs) {
      clearInterval(heartbeat)
      server.off('upgrade', handleUpgrade)
      for (const websocket of sockets.clients) {
        websocket.close(CloseCode.goingAway, 'The server is shutting down.')
      }
      sockets.close()
      // `ws` waits 30 s for a peer to answer the close; a shutdown waits no longer than its grace.
      setTimeout(() => {
        for (const websocket of sockets.clients) websocket.terminate()
      }, graceMs).unref()
    },
    get connectionCount() {
      return sockets.clients.size
    },
  }
}

/**
 * The connection's handlers, made out here: made in the upgrade's scope they would keep its
 * request (headers and all) for as long as the connection lasts.
 */
function listen(
  websocket: WebSocket,
  socket: SyncSocket,
  opening: ReturnType<typeof watchOpening>,
  connection: SyncConnection,
  alive: WeakSet<WebSocket>,
): void {
  websocket.on('message', (data: RawData, isBinary: boolean) => {
    opening.spoke()
    if (!isBinary) {
      socket.close(CloseCode.malformedMessage, 'Text frames are not part of the protocol.')
      return
    }
    connection.receive(toUint8Array(data))
  })
  websocket.on('pong', () => alive.add(websocket))
  websocket.on('close', () => {
    opening.stop()
    connection.closed()
  })
  // `ws` reports protocol errors (such as an oversized frame) here, then closes the socket.
  websocket.on('error', () => {})
}

const tooManyMessage = 'Too many open connections from your address. Close some tabs.'
const tooManyConnections =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 10\r\n' +
  `Content-Type: text/plain\r\nContent-Length: ${tooManyMessage.length}\r\n\r\n${tooManyMessage}`

/** Closes the socket unless it is both authorised and has spoken before the timeout. */
function watchOpening(websocket: WebSocket, timeoutMs: number) {
  let isAuthorized = false
  let hasSpoken = false
  const timer = setTimeout(() => {
    if (websocket.readyState === WebSocket.OPEN) {
      websocket.close(CloseCode.policyViolation, 'The connection did not open in time.')
    }
  }, timeoutMs)
  const settle = () => {
    if (isAuthorized && hasSpoken) clearTimeout(timer)
  }
  return {
    authorized() {
      isAuthorized = true
      settle()
    },
    spoke() {
      hasSpoken = true
      settle()
    },
    stop: () => clearTimeout(timer),
  }
}

/**
 * `stream` is the connection under `websocket`: a message framed once for all its receivers
 * (`binaryFrame`) is written to it directly, as a whole frame, between the whole frames `ws`
 * writes. What it buffers counts in `websocket.bufferedAmount` like anything `ws` sends.
 */
function wrap(websocket: WebSocket, stream: Duplex, maxBufferedBytes: number): SyncSocket {
  return {
    send(message, { sent, continuesAnswer = false } = {}) {
      if (websocket.readyState !== WebSocket.OPEN) {
        sent?.()
        return
      }
      if (!continuesAnswer && websocket.bufferedAmount > maxBufferedBytes) {
        websocket.close(CloseCode.policyViolation, 'The connection is too slow to keep up.')
        sent?.()
        return
      }
      const frame = binaryFrame(message)
      if (frame) stream.write(frame, sent && (() => sent()))
      else websocket.send(message, sent && (() => sent()))
    },
    close(code, reason) {
      if (
        websocket.readyState !== WebSocket.OPEN &&
        websocket.readyState !== WebSocket.CONNECTING
      ) {
        return
      }
      try {
        websocket.close(code, boundCloseReason(reason))
      } catch {
        // A close that cannot be framed must still end this connection, and only this one.
        websocket.terminate()
      }
    },
  }
}

/** The document id of a sync path (possibly not a valid id), or null for any other path. */
function parseDocumentId(url: string | undefined, pathPrefix: string): string | null {
  const { pathname } = new URL(url ?? '/', 'http://localhost')
  if (!pathname.startsWith(`${pathPrefix}/`)) return null
  try {
    return decodeURIComponent(pathname.slice(pathPrefix.length + 1))
  } catch {
    return ''
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
