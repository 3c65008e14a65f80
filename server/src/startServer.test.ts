import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { createToken, hashToken } from './auth/createToken'
import { hashPassword } from './auth/hashPassword'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
} from './testing/connectClient'
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

describe('open connections after their credentials end', () => {
  /** Resolves with the code and reason of the next close the provider sees. */
  function nextClose(client: TestClient) {
    return new Promise<{ code: number; reason: string }>((resolve) => {
      client.provider.once('connection-close', (event) =>
        resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
      )
    })
  }

  it('closes a connection with 4401 when its invitation expires, and takes nothing after', async () => {
    const documentId = await server.createDocument()
    const token = createToken()
    await server.authStore.createInvitation({
      documentId,
      role: 'secretariat',
      tokenHash: hashToken(token),
      createdBy: 'admin',
      expiresAt: new Date(Date.now() + 1_000).toISOString(),
    })
    const invited = connectClient(server.wsUrl, documentId, { params: { token } })
    await invited.synced
    appendParagraph(invited.doc, 'in time')
    const closed = await nextClose(invited)
    expect(closed.code).toBe(4401)
    expect(closed.reason).toContain('invitation has expired')

    appendParagraph(invited.doc, 'too late')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const reader = connectClient(server.wsUrl, documentId, { bearer: server.adminToken })
    await reader.synced
    expect(paragraphs(reader.doc)).toEqual(['in time'])
    invited.destroy()
    reader.destroy()
  })

  it("closes a browser's connections with 4401 when it signs out, and no other browser's", async () => {
    await server.authStore.createAccount({
      name: 'Ana Lopez',
      email: 'ana@example.org',
      passwordHash: await hashPassword('a long enough password'),
    })
    const signIn = async () => {
      const response = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ana@example.org', password: 'a long enough password' }),
      })
      const cookie = /minutes_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0]
      if (!cookie) throw new Error('Signing in set no cookie.')
      return cookie
    }
    const [laptop, phone] = [await signIn(), await signIn()]
    const documentId = await server.createDocument()
    const connectAs = (cookie: string) =>
      connectClient(server.wsUrl, documentId, { headers: { cookie } })
    const [onLaptop, onPhone] = [connectAs(laptop), connectAs(phone)]
    await Promise.all([onLaptop.synced, onPhone.synced])
    let phoneCloses = 0
    onPhone.provider.on('connection-close', () => phoneCloses++)

    const closed = nextClose(onLaptop)
    const signOut = await fetch(`${server.url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: laptop },
    })
    expect(signOut.status).toBe(204)
    expect(await closed).toEqual({ code: 4401, reason: 'You signed out in this browser.' })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(phoneCloses).toBe(0)
    onLaptop.destroy()
    onPhone.destroy()
  })
})

describe('stopping', () => {
  it("stops within its grace while a browser's preconnected socket has sent nothing", async () => {
    // Node no longer times connections out once closing, and waits for all of them.
    const stopping = await startTestServer({ shutdownGraceMs: 300 })
    const preconnected = net.connect({ host: '127.0.0.1', port: stopping.port })
    preconnected.on('error', () => {})
    await new Promise((resolve) => preconnected.once('connect', resolve))
    const socketClosed = new Promise((resolve) => preconnected.once('close', resolve))
    const started = Date.now()
    await stopping.close()
    expect(Date.now() - started).toBeLessThan(3_000)
    await socketClosed
  })

  it('lets a request in flight finish before it stops', async () => {
    const stopping = await startTestServer({ shutdownGraceMs: 2_000 })
    const documentId = await stopping.createDocument()
    // Headers sent, body still coming: the request is in flight when the stop begins.
    const socket = net.connect({ host: '127.0.0.1', port: stopping.port })
    socket.on('error', () => {})
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk
    })
    const body = JSON.stringify({ title: 'Kept' })
    socket.write(
      `PATCH /api/docs/${documentId} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${stopping.adminToken}\r\nContent-Length: ${body.length}\r\n\r\n`,
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    const stopped = stopping.close()
    socket.write(body)
    await stopped
    expect(answer).toMatch(/^HTTP\/1\.1 2\d\d/)
  })
})
