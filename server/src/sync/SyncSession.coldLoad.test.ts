import { CloseCode } from '@minutes/protocol'
import { paragraph } from '@minutes/schema/testing/paragraph'
import * as decoding from 'lib0/decoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { ServerConfig } from '../config'
import { DocumentRegistry } from '../documents/DocumentRegistry'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { BeforeBuild } from '../documents/LiveDocument'
import { silentLogger } from '../logger'
import type { ClientIdBinding, DocumentStore } from '../persistence/DocumentStore'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
  waitFor,
} from '../testing/connectClient'
import { accessFromQuery } from '../testing/sendUpdateAs'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { createMinutesSchemaRules, minutesRoots } from './inspection/minutesSchemaRules'
import { encodeSync, MessageType, SyncStep } from './messages'
import { SyncSession } from './SyncSession'

/**
 * A document not in memory is answered from its stored rows before it is built. The build
 * cannot finish while `loadClientIds` is held (it reads the bindings after the rows), so a client
 * synced while the hold lasts was answered from the store.
 */
let server: TestServer
let release: (() => void) | undefined
let held: Promise<void> | undefined
let failingLoads = 0
const clients: TestClient[] = []
const sockets: WebSocket[] = []

function holdBuilds(): void {
  held = new Promise((resolve) => {
    release = () => {
      held = undefined
      resolve()
    }
  })
}

beforeEach(async () => {
  server = await startServerHoldingBuilds()
})

/** A test server whose builds wait while `held` is pending, and whose loads fail on demand. */
function startServerHoldingBuilds(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  return startTestServer(
    { unloadDelayMs: 50, ...overrides },
    (store) =>
      Object.assign(Object.create(store) as DocumentStore, {
        loadUpdates: async (id: string): Promise<Uint8Array[]> => {
          if (failingLoads-- > 0) throw new Error('the disk went away')
          return store.loadUpdates(id)
        },
        loadClientIds: async (id: string): Promise<ClientIdBinding[]> => {
          await held
          return store.loadClientIds(id)
        },
      }),
    accessFromQuery,
  )
}

afterEach(async () => {
  release?.()
  failingLoads = 0
  for (const client of clients.splice(0)) client.destroy()
  for (const socket of sockets.splice(0)) socket.terminate()
  await server.close()
})

/** A stored document of several rows, with deletions, as people's typing leaves it. */
async function createStoredDocument(name: string): Promise<string> {
  const id = await server.createDocument(
    name,
    encodeMinutesState({ type: 'doc', content: [paragraph(`${name} opening.`)] }, []),
  )
  const writer = new Y.Doc()
  for (const row of await server.store.loadUpdates(id)) Y.applyUpdate(writer, row)
  for (let index = 0; index < 6; index++) {
    const before = Y.encodeStateVector(writer)
    appendParagraph(writer, `${name} line ${index}`)
    if (index % 2 === 1) writer.getXmlFragment('default').delete(1, 1)
    await server.store.appendUpdates(id, [Y.encodeStateAsUpdate(writer, before)])
  }
  return id
}

async function storedDoc(id: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  for (const row of await server.store.loadUpdates(id)) Y.applyUpdate(doc, row)
  return doc
}

function connect(id: string, as = 'reviewer', doc = new Y.Doc()): TestClient {
  const client = connectClient(server.wsUrl, id, { params: { as }, doc })
  clients.push(client)
  return client
}

/** A raw socket that records every message; `open` resolves once it may send. */
async function openRaw(id: string, as: string) {
  const socket = new WebSocket(`${server.wsUrl}/${id}?as=${as}`)
  sockets.push(socket)
  const received: Uint8Array[] = []
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise((resolve) => socket.once('open', resolve))
  return { socket, received, closed }
}

/** The sync messages among `received`: their step and payload. */
function syncMessages(received: Uint8Array[]): { step: number; payload: Uint8Array }[] {
  return received.flatMap((message) => {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== MessageType.sync) return []
    return [{ step: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) }]
  })
}

/** The updates among `received` (sync step 2 and update messages). */
function updatesIn(received: Uint8Array[]): Uint8Array[] {
  return syncMessages(received)
    .filter(({ step }) => step !== SyncStep.stateVector)
    .map(({ payload }) => payload)
}

function expectSameDocument(actual: Y.Doc, expected: Y.Doc): void {
  expect(Y.encodeStateVector(actual)).toEqual(Y.encodeStateVector(expected))
  expect(paragraphs(actual)).toEqual(paragraphs(expected))
  // Deletions too: what is deleted, not only what was inserted.
  expect(Y.equalSnapshots(Y.snapshot(actual), Y.snapshot(expected))).toBe(true)
}

describe('a client connecting to a document not in memory', () => {
  it('gets exactly the stored document before it is built, and nothing of another', async () => {
    const [id, other] = [await createStoredDocument('Wanted'), await createStoredDocument('Other')]
    holdBuilds()
    const client = connect(id)
    await client.synced
    expectSameDocument(client.doc, await storedDoc(id))
    expect(paragraphs(client.doc).join(' ')).not.toContain('Other')
    expect(server.registry.has(other)).toBe(false)

    release?.()
    const { document } = await server.registry.acquire(id)
    // The status the server wrote into the document on load reaches the client too.
    await waitFor(
      () => Y.encodeStateVector(client.doc).join() === Y.encodeStateVector(document.doc).join(),
      'the client to have what the built document has',
    )
    expectSameDocument(client.doc, document.doc)
  })

  it('sends a reconnecting client only what it lacks, and answers a later step 1 from the document', async () => {
    const id = await createStoredDocument('Minutes')
    const rows = await server.store.loadUpdates(id)
    const copy = new Y.Doc()
    for (const row of rows.slice(0, 3)) Y.applyUpdate(copy, row)
    const had = Y.decodeStateVector(Y.encodeStateVector(copy))
    holdBuilds()
    const raw = await openRaw(id, 'reviewer')
    raw.socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(copy)))
    await waitFor(
      () => syncMessages(raw.received).some(({ step }) => step === SyncStep.missingUpdates),
      'the answer while the build is held',
    )
    for (const update of updatesIn(raw.received)) {
      for (const [clientId, from] of Y.parseUpdateMeta(update).from) {
        expect(from).toBeGreaterThanOrEqual(had.get(clientId) ?? 0)
      }
      Y.applyUpdate(copy, update)
    }
    expectSameDocument(copy, await storedDoc(id))

    release?.()
    await waitFor(
      () => syncMessages(raw.received).some(({ step }) => step === SyncStep.stateVector),
      "the server's own step 1 once the document is built",
    )
    raw.socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(copy)))
    await waitFor(
      () =>
        syncMessages(raw.received).filter(({ step }) => step === SyncStep.missingUpdates).length ===
        2,
      'the second step 1 answered from the document',
    )
    for (const update of updatesIn(raw.received)) Y.applyUpdate(copy, update)
    const { document } = await server.registry.acquire(id)
    await document.whenDurable()
    expectSameDocument(copy, document.doc)
    // The first step 1 was answered once: one step 2 for each step 1.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(
      syncMessages(raw.received).filter(({ step }) => step === SyncStep.missingUpdates),
    ).toHaveLength(2)
  })

  it('reaches a client slow to read it even when its rows outweigh the slow-reader bound', async () => {
    await server.close()
    server = await startServerHoldingBuilds({ maxBufferedBytes: 65_536 })
    const id = await server.createDocument(
      'Long',
      encodeMinutesState({ type: 'doc', content: [paragraph('Long opening.')] }, []),
    )
    const writer = new Y.Doc()
    for (const row of await server.store.loadUpdates(id)) Y.applyUpdate(writer, row)
    // Five rows of 3 MB: more than the kernel's buffers take while the client reads nothing.
    for (let index = 0; index < 5; index++) {
      const before = Y.encodeStateVector(writer)
      appendParagraph(writer, `${index}`.repeat(3 * 1024 * 1024))
      await server.store.appendUpdates(id, [Y.encodeStateAsUpdate(writer, before)])
    }
    holdBuilds()
    const { socket, received, closed } = await openRaw(id, 'reviewer')
    socket.pause()
    socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(new Y.Doc())))
    await new Promise((resolve) => setTimeout(resolve, 500))
    socket.resume()
    await waitFor(
      () => syncMessages(received).some(({ step }) => step === SyncStep.missingUpdates),
      'the whole answer',
      20_000,
    )
    const client = new Y.Doc()
    for (const update of updatesIn(received)) Y.applyUpdate(client, update)
    expectSameDocument(client, await storedDoc(id))
    expect(socket.readyState).toBe(WebSocket.OPEN)
    socket.close()
    expect((await closed).code).toBe(1005)
  })

  it('converges with a writer who types while the document loads', async () => {
    const id = await createStoredDocument('Minutes')
    holdBuilds()
    const reader = connect(id)
    await reader.synced
    const writer = connect(id, 'secretariat')
    await waitFor(() => writer.provider.wsconnected, 'the writer to connect')
    for (let index = 0; index < 10; index++) appendParagraph(writer.doc, `typed ${index}`)
    const late = connect(id)
    release?.()
    await Promise.all([writer.synced, late.synced])
    const { document } = await server.registry.acquire(id)
    const everyone = [reader, writer, late]
    await waitFor(
      () =>
        everyone.every(
          ({ doc }) =>
            Y.encodeStateVector(doc).join() === Y.encodeStateVector(document.doc).join() &&
            paragraphs(doc).includes('typed 9'),
        ),
      'every client to converge',
    )
    for (const { doc } of everyone) expectSameDocument(doc, document.doc)
    await document.whenDurable()
    expectSameDocument(await storedDoc(id), document.doc)
  })
})

describe('a returning client answered early', () => {
  it('has what it types before its catch-up held for it, not refused', async () => {
    const id = await createStoredDocument('Minutes')
    const copy = await storedDoc(id)
    const storedState = Y.encodeStateVector(copy)
    appendParagraph(copy, 'While away.')
    const beforeTyping = Y.encodeStateVector(copy)
    appendParagraph(copy, 'Just back.')
    holdBuilds()
    const raw = await openRaw(id, 'secretariat')
    raw.socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(copy)))
    await waitFor(
      () => syncMessages(raw.received).some(({ step }) => step === SyncStep.missingUpdates),
      'the early answer',
    )
    // Typed before the server's step 1 reached it, so before its offline edits go.
    raw.socket.send(encodeSync(SyncStep.update, Y.encodeStateAsUpdate(copy, beforeTyping)))
    release?.()
    await waitFor(
      () => syncMessages(raw.received).some(({ step }) => step === SyncStep.stateVector),
      "the server's step 1",
    )
    raw.socket.send(encodeSync(SyncStep.missingUpdates, Y.encodeStateAsUpdate(copy, storedState)))
    await waitFor(
      async () => paragraphs(await storedDoc(id)).includes('Just back.'),
      'the keystroke, stored after the catch-up',
    )
    expect(paragraphs(await storedDoc(id))).toEqual(
      expect.arrayContaining(['While away.', 'Just back.']),
    )
    expect(raw.socket.readyState).toBe(WebSocket.OPEN)
  })
})

describe('what a connection to a document not in memory is never shown', () => {
  it('nothing before it is authorised, nor after it is refused', async () => {
    const id = await createStoredDocument('Secret')
    const raw = await openRaw(id, 'nobody')
    raw.socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(new Y.Doc())))
    expect((await raw.closed).code).toBe(CloseCode.unauthorized)
    expect(raw.received).toEqual([])
    expect(server.registry.has(id)).toBe(false)
  })

  it('no answer to a malformed step 1, refused as before', async () => {
    const id = await createStoredDocument('Minutes')
    const raw = await openRaw(id, 'reviewer')
    raw.socket.send(new Uint8Array([MessageType.sync, SyncStep.stateVector, 5, 1, 2]))
    expect((await raw.closed).code).toBe(CloseCode.malformedMessage)
    // What the server itself writes on load may be broadcast first, as before; no answer is.
    expect(
      syncMessages(raw.received).filter(({ step }) => step === SyncStep.missingUpdates),
    ).toEqual([])
  })

  it('nothing for a document that does not exist, or whose store fails, closed as before', async () => {
    const missing = await openRaw('no-such-document', 'reviewer')
    missing.socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(new Y.Doc())))
    expect((await missing.closed).code).toBe(CloseCode.documentNotFound)
    expect(missing.received).toEqual([])

    const id = await createStoredDocument('Minutes')
    failingLoads = 1
    const failed = await openRaw(id, 'reviewer')
    failed.socket.send(encodeSync(SyncStep.stateVector, Y.encodeStateVector(new Y.Doc())))
    expect((await failed.closed).code).toBe(CloseCode.serverError)
    expect(failed.received).toEqual([])
    await waitFor(() => server.registry.size === 0, 'the failed load to be forgotten')
  })
})

describe('a document that changed between its build and the early-answered subscription', () => {
  it('sends the client what its early answer lacked', async () => {
    const store = new MemoryDocumentStore()
    await store.createDocument({
      id: 'd',
      title: 'D',
      initialState: encodeMinutesState({ type: 'doc', content: [paragraph('Stored.')] }, []),
    })
    /** Announces a change before the first connection holds its lease, as a later await might. */
    class LateRegistry extends DocumentRegistry {
      private isFirst = true
      override async acquire(id: string, beforeBuild?: BeforeBuild) {
        const lease = await super.acquire(id, beforeBuild)
        if (this.isFirst) {
          this.isFirst = false
          await lease.document.applyServerChange((doc) => appendParagraph(doc, 'Meanwhile.'))
        }
        return lease
      }
    }
    const registry = new LateRegistry(store, {
      unloadDelayMs: 1_000,
      compactAfterUpdates: 1_000,
      logger: silentLogger,
    })
    const received: Uint8Array[] = []
    const session = new SyncSession(
      {
        send: (message, { sent } = {}) => {
          received.push(message)
          sent?.()
        },
        close: () => {},
      },
      'd',
      async () => ({ access: { role: 'reviewer' } }),
      {
        registry,
        logger: silentLogger,
        schemaRules: createMinutesSchemaRules(),
        roots: minutesRoots,
      },
    )
    session.receive(encodeSync(SyncStep.stateVector, Y.encodeStateVector(new Y.Doc())))
    await waitFor(
      () => syncMessages(received).some(({ step }) => step === SyncStep.stateVector),
      "the server's step 1",
    )
    const client = new Y.Doc()
    for (const update of updatesIn(received)) Y.applyUpdate(client, update)
    const { document } = await registry.acquire('d')
    expect(paragraphs(client)).toEqual(['Stored.', 'Meanwhile.'])
    expectSameDocument(client, document.doc)
    session.closed()
  })
})
