import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { SyncSocket } from '../sync/SyncSocket'
import { waitFor } from '../testing/connectClient'
import { attachSyncTransport, type SyncTransport } from './attachSyncTransport'
import { maxSharedFrameBytes } from './binaryFrame'
import { maxCloseReasonBytes } from './boundCloseReason'

let server: http.Server
let transport: SyncTransport
const clients: WebSocket[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate()
  transport.close(0)
  await new Promise((resolve) => server.close(resolve))
})

/** A transport on a plain HTTP server whose connections record what happens to them. */
async function listen(heartbeatMs: number, maxBufferedBytes?: number) {
  server = http.createServer()
  const connections: { socket: SyncSocket; isClosed: boolean; frames: number }[] = []
  transport = attachSyncTransport(server, {
    pathPrefix: '/sync',
    maxMessageBytes: 1024,
    heartbeatMs,
    ...(maxBufferedBytes === undefined ? {} : { maxBufferedBytes }),
    acceptsOrigin: () => true,
    connect: (socket, _documentId, _request, authorized) => {
      const connection = { socket, isClosed: false, frames: 0 }
      connections.push(connection)
      authorized()
      return {
        receive: () => {
          connection.frames += 1
        },
        closed: () => {
          connection.isClosed = true
        },
      }
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `ws://127.0.0.1:${port}/sync/doc`, connections }
}

/** A client that has spoken, with the TCP socket under it (pausing it stops all reading). */
async function openClient(url: string): Promise<{ client: WebSocket; tcp: Socket }> {
  const client = new WebSocket(url)
  clients.push(client)
  const tcp = new Promise<Socket>((resolve) =>
    client.once('upgrade', (response) => resolve(response.socket)),
  )
  await new Promise((resolve) => client.once('open', resolve))
  client.send(new Uint8Array([0]))
  return { client, tcp: await tcp }
}

describe('attachSyncTransport', () => {
  it('drops a peer that stops answering pings, so its document can unload', async () => {
    const { url, connections } = await listen(50)
    const alive = await openClient(url)
    const dead = await openClient(url)
    // A peer whose network vanished reads nothing, so it never answers a ping.
    dead.tcp.pause()
    await waitFor(() => connections[1]?.isClosed === true, 'the dead peer to be dropped')
    expect(connections[0]?.isClosed).toBe(false)
    expect(alive.client.readyState).toBe(WebSocket.OPEN)
  })

  // Framed once and written to the stream, or sent by `ws`: both count against the allowance.
  it.each([
    ['framed once', maxSharedFrameBytes],
    ['sent by ws', maxSharedFrameBytes + 1],
  ])(
    'drops a client that reads too slowly instead of buffering for it without end (%s)',
    async (_, size) => {
      const { url, connections } = await listen(30_000, 256 * 1024)
      const slow = await openClient(url)
      const other = await openClient(url)
      await waitFor(() => connections.length === 2, 'both connections')
      slow.tcp.pause()
      const message = new Uint8Array(size)
      // 32 MB: far past what the kernel's buffers and the allowance hold together.
      for (let count = 0; count < 512; count++) connections[0]?.socket.send(message)
      let received = 0
      slow.client.on('message', () => received++)
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        slow.client.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      )
      slow.tcp.resume()
      expect(await closed).toEqual({ code: 1008, reason: 'The connection is too slow to keep up.' })
      expect(received).toBeLessThan(512)
      await waitFor(() => connections[0]?.isClosed === true, 'the slow connection to end')
      // The other connection is untouched.
      connections[1]?.socket.send(message)
      await new Promise((resolve) => other.client.once('message', resolve))
      expect(connections[1]?.isClosed).toBe(false)
    },
  )

  it('delivers every size of message whole and in order, framed once or by ws, among pings', async () => {
    const { url, connections } = await listen(30_000)
    const readers = [await openClient(url), await openClient(url)]
    await waitFor(() => connections.length === 2, 'both connections')
    // Each length edge of a frame header: 7 bits, 16 bits, and past what one shared frame holds.
    const sizes = [0, 1, 125, 126, 127, 1000, maxSharedFrameBytes, maxSharedFrameBytes + 1, 300_000]
    const messages = sizes.map((size, index) =>
      Uint8Array.from({ length: size }, (_, at) => (at * 31 + index) % 251),
    )
    const received = readers.map(({ client }) => {
      const got: Uint8Array[] = []
      client.on('message', (data: Buffer) => got.push(new Uint8Array(data)))
      return got
    })
    for (const message of messages) {
      // The very same array to both, as a broadcast sends it; `ws` writes its own frames between.
      for (const { socket } of connections) socket.send(message)
      for (const { client } of readers) client.ping()
    }
    await waitFor(
      () => received.every((got) => got.length === messages.length),
      'every message at both readers',
    )
    for (const got of received) expect(got).toEqual(messages)
    expect(connections.every(({ isClosed }) => !isClosed)).toBe(true)
  })

  it('sends the rest of an answer whatever is queued, and judges the reader again after it', async () => {
    const { url, connections } = await listen(30_000, 256 * 1024)
    const joining = await openClient(url)
    await waitFor(() => connections.length === 1, 'the connection')
    joining.tcp.pause()
    // One answer in 512 parts, 32 MB: as a cold load sends a document stored in many rows.
    const message = new Uint8Array(64 * 1024)
    connections[0]?.socket.send(message)
    for (let count = 1; count < 512; count++) {
      connections[0]?.socket.send(message, { continuesAnswer: true })
    }
    let received = 0
    joining.client.on('message', () => received++)
    joining.tcp.resume()
    await waitFor(() => received === 512, 'every part of the answer', 20_000)
    expect(connections[0]?.isClosed).toBe(false)

    // A live update to a reader that has fallen behind is judged as ever.
    joining.tcp.pause()
    for (let count = 0; count < 512; count++) {
      connections[0]?.socket.send(message, { continuesAnswer: count > 0 })
    }
    connections[0]?.socket.send(message)
    const closed = new Promise<number>((resolve) => joining.client.on('close', resolve))
    joining.tcp.resume()
    expect(await closed).toBe(1008)
  })

  it('cuts every close reason to what a close frame can carry, and closes only that socket', async () => {
    const { url, connections } = await listen(30_000)
    const { client } = await openClient(url)
    const { client: other } = await openClient(url)
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    )
    await waitFor(() => connections.length === 2, 'both connections')
    connections[0]?.socket.close(4403, `"${'x'.repeat(400)}" is not part of a minutes document.`)
    const { code, reason } = await closed
    expect(code).toBe(4403)
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(maxCloseReasonBytes)
    expect(other.readyState).toBe(WebSocket.OPEN)
  })

  it('closes a text frame and an oversized frame before they reach the sync layer', async () => {
    const { url, connections } = await listen(30_000)
    const { client: text } = await openClient(url)
    const textClosed = new Promise<number>((resolve) => text.on('close', resolve))
    text.send('hello')
    expect(await textClosed).toBe(4400)

    const { client: big } = await openClient(url)
    const bigClosed = new Promise<number>((resolve) => big.on('close', resolve))
    big.send(new Uint8Array(4096))
    expect(await bigClosed).toBe(1009)
    // Each received only its opening byte.
    expect(connections.map(({ frames }) => frames)).toEqual([1, 1])
  })

  it('on shutdown, cuts a socket whose peer never answers the close, after the grace only', async () => {
    const { url, connections } = await listen(30_000)
    const answering = await openClient(url)
    const silent = await openClient(url)
    await waitFor(() => connections.length === 2, 'both connections')
    // A peer that reads nothing never answers the close frame; `ws` alone would wait 30 s.
    silent.tcp.pause()
    const started = Date.now()
    transport.close(300)
    await waitFor(() => connections[0]?.isClosed === true, 'the answering peer to close')
    expect(connections[1]?.isClosed).toBe(false)
    await waitFor(() => connections[1]?.isClosed === true, 'the silent peer to be cut')
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(answering.client.readyState).toBe(WebSocket.CLOSED)
  })
})
