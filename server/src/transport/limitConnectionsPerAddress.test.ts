import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { waitFor } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let server: TestServer | undefined
const open: { close(): void }[] = []

afterEach(async () => {
  for (const connection of open.splice(0)) connection.close()
  await server?.close()
  server = undefined
})

/** A plain TCP connection, left open and idle, from `localAddress` (any of 127.0.0.0/8). */
async function openIdle(port: number, localAddress = '127.0.0.1'): Promise<net.Socket> {
  const socket = net.connect({ host: '127.0.0.1', port, localAddress })
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  open.push({ close: () => socket.destroy() })
  return socket
}

/** The first line of the answer to a GET on `socket`, or "closed" if it closed unanswered. */
async function statusLineOf(socket: net.Socket, path = '/healthz'): Promise<string> {
  let received = ''
  socket.on('data', (data) => {
    received += data.toString('latin1')
  })
  socket.on('error', () => {})
  socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)
  await waitFor(() => received.includes('\r\n') || socket.destroyed, 'an answer or a close')
  return received === '' ? 'closed' : (received.split('\r\n')[0] ?? '')
}

/** Opens a websocket as the admin; resolves with "open", or the refusing HTTP status. */
function openSocket(
  target: TestServer,
  documentId: string,
  localAddress = '127.0.0.1',
): Promise<{ result: 'open' | number; socket: WebSocket }> {
  const socket = new WebSocket(`${target.wsUrl}/${documentId}`, {
    headers: { authorization: `Bearer ${target.adminToken}` },
    localAddress,
  })
  open.push(socket)
  return new Promise((resolve) => {
    socket.once('open', () => resolve({ result: 'open', socket }))
    socket.once('unexpected-response', (_request, response) =>
      resolve({ result: response.statusCode ?? 0, socket }),
    )
    socket.once('error', () => resolve({ result: 0, socket }))
  })
}

describe('connections per address', () => {
  it('answers 503 to the HTTP connection past the limit, and serves other addresses', async () => {
    server = await startTestServer({ maxConnectionsPerAddress: 3 })
    const held = await Promise.all([1, 2, 3].map(() => openIdle(server?.port ?? 0)))
    expect(await statusLineOf(await openIdle(server.port))).toBe('HTTP/1.1 503 Service Unavailable')
    expect(await statusLineOf(await openIdle(server.port, '127.0.0.2'))).toBe('HTTP/1.1 200 OK')

    // A closed connection frees its place.
    held[0]?.destroy()
    const port = server.port
    await waitFor(
      async () => (await statusLineOf(await openIdle(port))) === 'HTTP/1.1 200 OK',
      'a freed place',
    )
  })

  it('refuses the websocket past the limit before upgrading it', async () => {
    server = await startTestServer({ maxConnectionsPerAddress: 3 })
    const documentId = await server.createDocument()
    const first = await Promise.all(
      [1, 2, 3].map(() => openSocket(server as TestServer, documentId)),
    )
    expect(first.map(({ result }) => result)).toEqual(['open', 'open', 'open'])

    expect((await openSocket(server, documentId)).result).toBe(503)
    expect((await openSocket(server, documentId, '127.0.0.2')).result).toBe('open')

    first[0]?.socket.close()
    await waitFor(
      async () => (await openSocket(server as TestServer, documentId)).result === 'open',
      'a freed place',
    )
  })

  it('drops a flood of connections at once, unanswered', async () => {
    server = await startTestServer({ maxConnectionsPerAddress: 2 })
    await Promise.all([1, 2, 3, 4].map(() => openIdle(server?.port ?? 0)))
    expect(await statusLineOf(await openIdle(server.port))).toBe('closed')
  })
})
