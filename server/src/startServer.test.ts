import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { connectClient } from './testing/connectClient'
import { startTestServer, type TestServer } from './testing/startTestServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({
    headersTimeoutMs: 300,
    requestTimeoutMs: 600,
    keepAliveTimeoutMs: 300,
    websocketOpeningTimeoutMs: 300,
  })
})
afterAll(() => server.close())

/** Connects, sends `data`, and resolves with how long the server took to close the socket. */
async function msUntilClosed(data: string): Promise<number> {
  const socket = net.connect({ host: '127.0.0.1', port: server.port })
  socket.on('data', () => {})
  socket.on('error', () => {})
  const started = Date.now()
  if (data !== '') socket.write(data)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The server kept the connection open.')), 5_000)
    socket.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
  })
  return Date.now() - started
}

describe('connections that do not finish their request', () => {
  it('closes a connection that sends nothing', async () => {
    expect(await msUntilClosed('')).toBeLessThan(3_000)
  })

  it('closes a connection that sends half its headers', async () => {
    expect(await msUntilClosed('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n')).toBeLessThan(3_000)
  })

  it('closes a connection that sends its headers but not the body it announced', async () => {
    // Authorised, so that the route waits for the body instead of refusing at once.
    const request =
      'POST /api/docs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      `Authorization: Bearer ${server.adminToken}\r\nContent-Length: 100\r\n\r\n{"title":`
    expect(await msUntilClosed(request)).toBeLessThan(3_000)
  })

  it('closes a kept-alive connection left idle after its answer', async () => {
    expect(await msUntilClosed('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toBeLessThan(
      3_000,
    )
  })

  it('leaves working websockets open past every one of those timeouts', async () => {
    const documentId = await server.createDocument()
    const client = connectClient(server.wsUrl, documentId, { bearer: server.adminToken })
    let closes = 0
    client.provider.on('connection-close', () => closes++)
    await client.synced
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(closes).toBe(0)
    client.destroy()
  })
})

describe('websockets before authorisation', () => {
  /** Opens a raw websocket that sends nothing; resolves with the close code. */
  function closeCodeOfSilentSocket(
    target: TestServer,
    documentId: string,
    headers: Record<string, string>,
  ) {
    return new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${target.wsUrl}/${documentId}`, { headers })
      const timer = setTimeout(() => {
        socket.terminate()
        reject(new Error('The server kept the silent socket open.'))
      }, 5_000)
      socket.on('close', (code) => {
        clearTimeout(timer)
        resolve(code)
      })
      socket.on('error', () => {})
    })
  }

  it('closes a socket whose authorisation does not complete in time', async () => {
    const stalled = await startTestServer(
      { websocketOpeningTimeoutMs: 300 },
      undefined,
      () => new Promise(() => {}),
    )
    try {
      expect(await closeCodeOfSilentSocket(stalled, await stalled.createDocument(), {})).toBe(1008)
    } finally {
      await stalled.close()
    }
  })

  it('closes an authorised socket that never says anything', async () => {
    const documentId = await server.createDocument()
    const authorization = `Bearer ${server.adminToken}`
    expect(await closeCodeOfSilentSocket(server, documentId, { authorization })).toBe(1008)
  })

  it('keeps a socket that was authorised and spoke', async () => {
    const documentId = await server.createDocument()
    const client = connectClient(server.wsUrl, documentId, { bearer: server.adminToken })
    let closes = 0
    client.provider.on('connection-close', () => closes++)
    await client.synced
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(closes).toBe(0)
    client.destroy()
  })
})
