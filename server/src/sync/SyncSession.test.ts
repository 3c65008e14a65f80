import { CloseCode } from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { createInvitation } from '../auth/createInvitation'
import type { DocumentStore } from '../persistence/DocumentStore'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
  waitFor,
} from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { encodeUpdate, MessageType, SyncStep } from './messages'

let server: TestServer
const clients: TestClient[] = []
const connect = (documentId: string) => {
  const client = connectClient(server.wsUrl, documentId, { bearer: server.adminToken })
  clients.push(client)
  return client
}

beforeEach(async () => {
  server = await startTestServer({ maxMessageBytes: 64 * 1024, unloadDelayMs: 50 })
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

/** The paragraphs the store holds for a document, replayed from its log. */
async function storedParagraphs(documentId: string): Promise<string[]> {
  const doc = new Y.Doc()
  for (const update of await server.store.loadUpdates(documentId)) Y.applyUpdate(doc, update)
  return paragraphs(doc)
}

const authorization = () => ({ authorization: `Bearer ${server.adminToken}` })

/** Opens a raw socket, waits for the server's first message, and reports how it closes. */
async function openRawSocket(documentId: string) {
  const socket = new WebSocket(`${server.wsUrl}/${documentId}`, { headers: authorization() })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise((resolve) => socket.once('message', resolve))
  return { socket, closed }
}

describe('sync over the y-websocket protocol', () => {
  it('makes concurrent edits from three stock clients converge, on the server too', async () => {
    const documentId = await server.createDocument()
    const [a, b, c] = [connect(documentId), connect(documentId), connect(documentId)]
    await Promise.all([a.synced, b.synced, c.synced])

    for (let round = 0; round < 20; round++) {
      appendParagraph(a.doc, `a${round}`)
      appendParagraph(b.doc, `b${round}`)
      appendParagraph(c.doc, `c${round}`)
    }
    const expected = (doc: Y.Doc) => paragraphs(doc).length === 60
    await waitFor(() => [a, b, c].every(({ doc }) => expected(doc)), 'all 60 paragraphs everywhere')

    expect(paragraphs(b.doc)).toEqual(paragraphs(a.doc))
    expect(paragraphs(c.doc)).toEqual(paragraphs(a.doc))
    const { document } = await server.registry.acquire(documentId)
    expect(paragraphs(document.doc)).toEqual(paragraphs(a.doc))
  })

  it('stores every update before it reaches other clients, even with a slow store', async () => {
    await server.close()
    // A real SQLite store whose writes take 100 ms, as a networked database might.
    const stored: string[] = []
    server = await startTestServer({}, (store) =>
      Object.assign(Object.create(store) as DocumentStore, {
        appendUpdates: async (id: string, updates: Uint8Array[]) => {
          await new Promise((resolve) => setTimeout(resolve, 100))
          await store.appendUpdates(id, updates)
          stored.push(...updates.map(() => 'stored'))
        },
      }),
    )
    const documentId = await server.createDocument()
    const [writer, reader] = [connect(documentId), connect(documentId)]
    await Promise.all([writer.synced, reader.synced])

    const storedWhenSeen: number[] = []
    reader.doc.on('update', () => storedWhenSeen.push(stored.length))
    for (let index = 0; index < 10; index++) appendParagraph(writer.doc, `line ${index}`)
    await waitFor(() => paragraphs(reader.doc).length === 10, 'the reader to see 10 lines')

    expect(storedWhenSeen.length).toBeGreaterThan(0)
    expect(Math.min(...storedWhenSeen)).toBeGreaterThan(0)
    expect(await storedParagraphs(documentId)).toEqual(paragraphs(reader.doc))
  })

  it('drops a document whose save failed, and the client resends its edit on reconnect', async () => {
    await server.close()
    let failuresLeft = 0
    server = await startTestServer({}, (store) =>
      Object.assign(Object.create(store) as DocumentStore, {
        appendUpdates: async (id: string, updates: Uint8Array[]) => {
          if (failuresLeft-- > 0) throw new Error('disk full')
          await store.appendUpdates(id, updates)
        },
      }),
    )
    const documentId = await server.createDocument()
    const writer = connect(documentId)
    await writer.synced
    const closes: number[] = []
    writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0))
    failuresLeft = 1

    appendParagraph(writer.doc, 'kept through a failed save')
    await waitFor(
      () => closes.includes(CloseCode.serverError),
      'the failed save to close the socket',
    )

    const reader = connect(documentId)
    await reader.synced
    await waitFor(() => paragraphs(reader.doc).length === 1, 'the resent edit to arrive')
    expect(await storedParagraphs(documentId)).toEqual(['kept through a failed save'])
  })

  it('shares awareness between clients and removes it when a client leaves', async () => {
    const documentId = await server.createDocument()
    const [a, b] = [connect(documentId), connect(documentId)]
    await Promise.all([a.synced, b.synced])
    a.provider.awareness.setLocalStateField('cursor', { anchor: 4 })
    await waitFor(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.cursor?.anchor === 4,
      "b to see a's cursor",
    )
    // The name shown is the one the server authenticated (the admin token's), not a claim.
    expect(b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name).toBe('Automation')
    a.provider.disconnect()
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "a's presence to go")
  })

  it('closes a socket for an unknown document with 4404', async () => {
    const socket = new WebSocket(`${server.wsUrl}/no-such-document`, { headers: authorization() })
    const { code, reason } = await new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (closeCode, closeReason) =>
        resolve({ code: closeCode, reason: closeReason.toString() }),
      ),
    )
    expect(code).toBe(CloseCode.documentNotFound)
    expect(reason).toContain('no-such-document')
    expect(server.registry.size).toBe(0)
  })

  it('closes only the connection that sends a malformed frame, and keeps serving the rest', async () => {
    const documentId = await server.createDocument()
    const good = connect(documentId)
    await good.synced
    appendParagraph(good.doc, 'before')

    const malformed = [
      new Uint8Array([MessageType.sync, SyncStep.update, 5, 1, 2]),
      encodeUpdate(new Uint8Array([255, 255, 255, 255, 7, 1, 1])),
      new Uint8Array([MessageType.auth, 0]),
      new Uint8Array([42]),
      new Uint8Array([]),
    ]
    for (const frame of malformed) {
      const raw = await openRawSocket(documentId)
      raw.socket.send(frame)
      const { code, reason } = await raw.closed
      expect(code).toBe(CloseCode.malformedMessage)
      expect(reason.length).toBeGreaterThan(0)
    }
    const text = await openRawSocket(documentId)
    text.socket.send('hello')
    expect((await text.closed).code).toBe(CloseCode.malformedMessage)

    appendParagraph(good.doc, 'after')
    const late = connect(documentId)
    await late.synced
    await waitFor(() => paragraphs(late.doc).length === 2, 'a later client to see both edits')
    expect(paragraphs(late.doc)).toEqual(['before', 'after'])
    expect(good.provider.wsconnected).toBe(true)
  })

  it('refuses content that does not fit the schema: closed with 4403, nothing stored or sent', async () => {
    const documentId = await server.createDocument()
    const watcher = connect(documentId)
    await watcher.synced
    const seen: Uint8Array[] = []
    watcher.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === watcher.provider) seen.push(update)
    })
    const storedBefore = (await server.store.loadUpdates(documentId)).length

    const hostile = new Y.Doc()
    hostile.getXmlFragment('default').insert(0, [new Y.XmlElement('script')])
    const raw = await openRawSocket(documentId)
    raw.socket.send(encodeUpdate(Y.encodeStateAsUpdate(hostile)))
    const { code, reason } = await raw.closed
    expect(code).toBe(CloseCode.updateRefused)
    expect(reason).toBe(
      'This change does not fit the minutes and was not saved: "script" is not a known block.',
    )

    appendParagraph(watcher.doc, 'still editing')
    const late = connect(documentId)
    await late.synced
    await waitFor(() => paragraphs(late.doc).length === 1, 'the good edit')
    expect(late.doc.getXmlFragment('default').toJSON()).not.toContain('script')
    expect(seen).toEqual([])
    expect((await server.store.loadUpdates(documentId)).length).toBe(storedBefore + 1)
  })

  it('applies nothing a connection sent after its refused update, even when sent in one burst', async () => {
    const documentId = await server.createDocument()
    const watcher = connect(documentId)
    await watcher.synced
    const storedBefore = (await server.store.loadUpdates(documentId)).length

    const raw = await openRawSocket(documentId)
    const hostile = new Y.Doc()
    hostile.getXmlFragment('default').insert(0, [new Y.XmlElement('script')])
    // Each allowed on its own and independent of the refused one: none may land after it.
    const later = [new Y.Doc(), new Y.Doc(), new Y.Doc()].map((doc, index) => {
      appendParagraph(doc, `after ${index}`)
      return encodeUpdate(Y.encodeStateAsUpdate(doc))
    })
    for (const frame of [encodeUpdate(Y.encodeStateAsUpdate(hostile)), ...later]) {
      raw.socket.send(frame)
    }
    expect((await raw.closed).code).toBe(CloseCode.updateRefused)

    appendParagraph(watcher.doc, 'still editing')
    await waitFor(
      async () => (await server.store.loadUpdates(documentId)).length > storedBefore,
      "the watcher's edit stored",
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await storedParagraphs(documentId)).toEqual(['still editing'])
    expect(paragraphs(watcher.doc)).toEqual(['still editing'])
  })

  it("stores a burst of one connection's updates together, in order", async () => {
    await server.close()
    const flushes: number[] = []
    server = await startTestServer({}, (store) =>
      Object.assign(Object.create(store) as DocumentStore, {
        appendUpdates: async (id: string, updates: Uint8Array[], bindings?: unknown[]) => {
          // A store as slow as a networked database's: updates pile up behind each write.
          await new Promise((resolve) => setTimeout(resolve, 20))
          await store.appendUpdates(id, updates, bindings as never)
          if (updates.length > 0) flushes.push(updates.length)
        },
      }),
    )
    const documentId = await server.createDocument()
    const [writer, reader] = [connect(documentId), connect(documentId)]
    await Promise.all([writer.synced, reader.synced])
    flushes.length = 0

    for (let index = 0; index < 40; index++) appendParagraph(writer.doc, `line ${index}`)
    await waitFor(() => paragraphs(reader.doc).length === 40, 'the reader to see 40 lines')

    // One stored batch per update would be one 20 ms write after another for the whole burst;
    // each write is one row, the batch's updates merged.
    expect(flushes.length).toBeLessThan(20)
    expect(flushes.every((rows) => rows === 1)).toBe(true)
    const lines = Array.from({ length: 40 }, (_, index) => `line ${index}`)
    expect(paragraphs(reader.doc)).toEqual(lines)
    expect(await storedParagraphs(documentId)).toEqual(lines)
  })

  it("lets a person's new connection take over their client id, but nobody else's", async () => {
    const documentId = await server.createDocument()
    const offline = new Y.Doc()
    const edit = (text: string, doc = offline) => {
      const before = Y.encodeStateVector(doc)
      appendParagraph(doc, text)
      return encodeUpdate(Y.encodeStateAsUpdate(doc, before))
    }
    // Someone else who writes with the same client id, to pre-empt the person's next clocks.
    const forged = new Y.Doc()
    // The first connection went away without the server noticing: it is still open here.
    const stale = await openRawSocket(documentId)
    stale.socket.send(edit('before the network dropped'))
    await waitFor(
      async () => storedParagraphs(documentId).then((stored) => stored.length === 1),
      'the first edit to be stored',
    )

    const { token } = await createInvitation(
      server.authStore,
      { documentId, createdBy: 'test', publicUrl: 'http://localhost', now: new Date() },
      { role: 'secretariat', name: 'Someone else' },
    )
    const intruder = new WebSocket(`${server.wsUrl}/${documentId}?token=${token}`)
    const intruderClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      intruder.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    )
    await new Promise((resolve) => intruder.once('message', resolve))
    // It continues the person's clock from where the server has it.
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(offline))
    forged.clientID = offline.clientID
    intruder.send(edit('pre-empting the clock', forged))
    expect(await intruderClosed).toEqual({
      code: CloseCode.updateRefused,
      reason: 'This change uses an editor id that belongs to someone else.',
    })

    const reconnected = await openRawSocket(documentId)
    reconnected.socket.send(edit('after reconnecting'))
    expect((await stale.closed).code).toBe(CloseCode.goingAway)
    const reader = connect(documentId)
    await reader.synced
    await waitFor(() => paragraphs(reader.doc).length === 2, 'both edits of the person')
    expect(paragraphs(reader.doc)).toEqual(['before the network dropped', 'after reconnecting'])
  })

  it("never closes a person's other connection when one of them reconnects", async () => {
    const documentId = await server.createDocument()
    const [a, b] = [connect(documentId), connect(documentId)]
    await Promise.all([a.synced, b.synced])
    a.provider.awareness.setLocalStateField('cursor', { anchor: 1 })
    await waitFor(
      () => b.provider.awareness.getStates().has(a.doc.clientID),
      "b to see a's presence",
    )
    const closes: number[] = []
    b.provider.on('connection-close', (event) => closes.push(event?.code ?? 0))

    // b echoes a's presence to the server while a is away; a then comes back and writes.
    a.provider.disconnect()
    a.provider.connect()
    await a.synced
    appendParagraph(a.doc, 'back again')
    await waitFor(() => paragraphs(b.doc).includes('back again'), "b to get a's edit")
    // a's own presence is shown again once a is back.
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), "a's presence again")
    expect(closes).toEqual([])
  })

  it('closes an oversized frame with 1009 before decoding it, and nothing is stored', async () => {
    const documentId = await server.createDocument()
    const good = connect(documentId)
    await good.synced

    const big = new Y.Doc()
    big.getText('t').insert(0, 'x'.repeat(100 * 1024))
    const raw = await openRawSocket(documentId)
    raw.socket.send(encodeUpdate(Y.encodeStateAsUpdate(big)))
    expect((await raw.closed).code).toBe(CloseCode.messageTooBig)

    appendParagraph(good.doc, 'still here')
    const late = connect(documentId)
    await late.synced
    await waitFor(() => paragraphs(late.doc).length === 1, 'the good edit to arrive')
    expect(late.doc.getText('t').length).toBe(0)
  })

  it('unloads a document a short while after its last client leaves', async () => {
    const documentId = await server.createDocument()
    const a = connect(documentId)
    await a.synced
    appendParagraph(a.doc, 'saved before unload')
    expect(server.registry.has(documentId)).toBe(true)
    a.destroy()
    await waitFor(() => !server.registry.has(documentId), 'the document to leave memory')

    const again = connect(documentId)
    await again.synced
    await waitFor(() => paragraphs(again.doc).length === 1, 'the reloaded content')
    expect(paragraphs(again.doc)).toEqual(['saved before unload'])
  })

  it('frees documents whose clients connect and vanish in a storm', async () => {
    const documentId = await server.createDocument()
    const sockets = Array.from(
      { length: 30 },
      () => new WebSocket(`${server.wsUrl}/${documentId}`, { headers: authorization() }),
    )
    await Promise.all(
      sockets.map((socket) => new Promise((resolve) => socket.once('open', resolve))),
    )
    for (const socket of sockets) socket.terminate()
    await waitFor(() => server.registry.size === 0, 'every document to be unloaded')
  })
})
