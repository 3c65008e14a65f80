import { CloseCode } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { CredentialEvent } from '../documents/Fanout'
import { silentLogger } from '../logger'
import { encodeAwareness, encodeUpdate } from '../sync/messages'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
  waitFor,
} from '../testing/connectClient'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../testing/postgresTestSchema'
import {
  type ClusterServer,
  deleteRedisKeys,
  startClusterServer,
  testRedisUrl,
} from '../testing/startClusterServer'
import { startTcpRelay } from '../testing/startTcpRelay'
import { RedisFanout } from './RedisFanout'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A schema and a Redis key prefix of the test's own, removed after it. */
function namespace() {
  const schema = createTestSchemaName()
  const keyPrefix = `minutes-test:${schema}:`
  cleanups.push(
    () => dropTestSchema(schema),
    () => deleteRedisKeys(keyPrefix),
  )
  return { databaseUrl: testDatabaseUrl, schema, keyPrefix }
}

async function startServers(
  count: number,
  space: ReturnType<typeof namespace>,
  redisUrls: string[] = [],
): Promise<ClusterServer[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      startClusterServer({ ...space, redisUrl: redisUrls[index] ?? testRedisUrl }),
    ),
  )
  for (const server of servers) cleanups.push(() => server.close())
  return servers
}

function connect(server: ClusterServer, documentId: string, as: string, who?: string) {
  const client = connectClient(server.wsUrl, documentId, {
    params: { as, ...(who ? { who } : {}) },
  })
  cleanups.push(() => client.destroy())
  return client
}

const people = [{ id: 'p-ada', name: 'Ada Lovell' }]
const minutes = {
  type: 'doc',
  content: [paragraph('Opening.'), speakerSection('p-ada', paragraph('Ada spoke.'))],
}

async function createDocument(server: ClusterServer): Promise<string> {
  const id = `doc-${Math.random().toString(36).slice(2)}`
  await server.store.createDocument({
    id,
    title: 'Cluster',
    initialState: encodeMinutesState(minutes, people),
  })
  return id
}

async function converged(clients: TestClient[], count: number, timeoutMs = 10_000) {
  await waitFor(
    () => {
      const seen = clients.map((client) => JSON.stringify(paragraphs(client.doc)))
      return paragraphs(clients[0]!.doc).length >= count && seen.every((text) => text === seen[0])
    },
    `${clients.length} clients to converge on ${count} paragraphs`,
    timeoutMs,
  )
}

/** Sends one raw update on a fresh connection; resolves with how the connection closed. */
function sendRaw(server: ClusterServer, documentId: string, query: string, update: Uint8Array) {
  const socket = new WebSocket(`${server.wsUrl}/${documentId}?${query}`)
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  socket.once('message', () => socket.send(encodeUpdate(update)))
  return closed
}

const section = (doc: Y.Doc) => doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(1) as Y.XmlElement
const textOf = (element: Y.XmlElement) => (element.get(0) as Y.XmlElement).get(0) as Y.XmlText

describe('two server processes on PostgreSQL and Redis', () => {
  it('converges clients editing one document on either process', async () => {
    const space = namespace()
    const [first, second] = await startServers(2, space)
    const id = await createDocument(first!)
    const clients = [
      connect(first!, id, 'secretariat', 'a'),
      connect(second!, id, 'secretariat', 'b'),
      connect(second!, id, 'reviewer'),
    ]
    await Promise.all(clients.map(({ synced }) => synced))
    for (let index = 0; index < 20; index++) {
      appendParagraph(clients[0]!.doc, `first ${index}`)
      appendParagraph(clients[1]!.doc, `second ${index}`)
    }
    await converged(clients, 41)
    // Presence crosses too, under the name the server gave it.
    clients[0]!.provider.awareness.setLocalStateField('cursor', { at: 1 })
    await waitFor(
      () => clients[2]!.provider.awareness.getStates().get(clients[0]!.doc.clientID) !== undefined,
      'presence from the other process',
    )
  })

  it('loses nothing when one process loses Redis mid-editing and gets it back', async () => {
    const space = namespace()
    const relay = await startTcpRelay(Number(new URL(testRedisUrl).port || 6379))
    cleanups.push(() => relay.close())
    const [cut, direct] = await startServers(2, space, [`redis://127.0.0.1:${relay.port}`])
    const id = await createDocument(cut!)
    const onCut = connect(cut!, id, 'secretariat', 'a')
    const onDirect = connect(direct!, id, 'secretariat', 'b')
    await Promise.all([onCut.synced, onDirect.synced])
    for (let index = 0; index < 10; index++) {
      appendParagraph(onCut.doc, `before ${index}`)
      appendParagraph(onDirect.doc, `before other ${index}`)
    }
    await converged([onCut, onDirect], 21)

    relay.cut()
    expect((await fetch(`${cut!.url}/readyz`)).status).toBe(503)
    expect(await (await fetch(`${cut!.url}/healthz`)).json()).toEqual({
      status: 'ok',
      database: 'ok',
      redis: 'unreachable',
    })
    expect(await (await fetch(`${direct!.url}/readyz`)).json()).toEqual({
      status: 'ready',
      database: 'ok',
      redis: 'ok',
    })
    for (let index = 0; index < 10; index++) {
      appendParagraph(onCut.doc, `during ${index}`)
      appendParagraph(onDirect.doc, `during other ${index}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    relay.restore()
    await converged([onCut, onDirect], 41, 15_000)
    await waitFor(async () => (await fetch(`${cut!.url}/readyz`)).status === 200, 'ready again')
    const late = connect(direct!, id, 'reviewer')
    await late.synced
    await converged([onCut, late], 41)
  })

  it('accepts an edit built on one that reached the store through the other process only', async () => {
    const space = namespace()
    const relay = await startTcpRelay(Number(new URL(testRedisUrl).port || 6379))
    cleanups.push(() => relay.close())
    const [writerProcess, lagging] = await startServers(2, space, [
      testRedisUrl,
      `redis://127.0.0.1:${relay.port}`,
    ])
    const id = await createDocument(writerProcess!)
    const watcher = connect(lagging!, id, 'reviewer')
    const writer = connect(writerProcess!, id, 'secretariat', 'ada')
    await Promise.all([watcher.synced, writer.synced])

    // The lagging process stops hearing from the other; Ada's edit is stored there meanwhile.
    relay.cut()
    appendParagraph(writer.doc, 'Stored through the first process.')
    await waitFor(async () => {
      const stored = new Y.Doc()
      for (const update of await writerProcess!.store.loadUpdates(id)) Y.applyUpdate(stored, update)
      return paragraphs(stored).includes('Stored through the first process.')
    }, 'the edit in the store')
    // A browser that synced with the first process moves to the lagging one and keeps writing.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.doc))
    const before = Y.encodeStateVector(copy)
    appendParagraph(copy, 'Written after it, elsewhere.')
    const socket = new WebSocket(`${lagging!.wsUrl}/${id}?as=secretariat&who=bo`)
    cleanups.push(() => socket.close())
    const closed = new Promise<number>((resolve) => socket.on('close', resolve))
    await new Promise((resolve) => socket.once('message', resolve))
    socket.send(encodeUpdate(Y.encodeStateAsUpdate(copy, before)))
    await waitFor(
      () => paragraphs(watcher.doc).includes('Written after it, elsewhere.'),
      'the dependent edit accepted on the lagging process',
    )
    expect(paragraphs(watcher.doc).slice(-2)).toEqual([
      'Stored through the first process.',
      'Written after it, elsewhere.',
    ])
    relay.restore()
    await converged([writer, watcher], 4, 15_000)
    expect(
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 100, 'open'))]),
    ).toBe('open')
  })

  it('catches up from the store when the stream no longer holds what a process missed', async () => {
    const space = namespace()
    const relay = await startTcpRelay(Number(new URL(testRedisUrl).port || 6379))
    cleanups.push(() => relay.close())
    const [writerProcess, lagging] = await startServers(2, space, [
      testRedisUrl,
      `redis://127.0.0.1:${relay.port}`,
    ])
    const id = await createDocument(writerProcess!)
    const writer = connect(writerProcess!, id, 'secretariat')
    const reader = connect(lagging!, id, 'reviewer')
    await Promise.all([writer.synced, reader.synced])

    relay.cut()
    for (let index = 0; index < 30; index++) appendParagraph(writer.doc, `missed ${index}`)
    await waitFor(async () => {
      const stored = new Y.Doc()
      for (const update of await writerProcess!.store.loadUpdates(id)) Y.applyUpdate(stored, update)
      return paragraphs(stored).length === 32
    }, 'the edits in the store')
    // Trimmed or expired while the lagging process was away: only the store has them now.
    const redis = new Redis(testRedisUrl)
    await redis.del(`${space.keyPrefix}doc:${id}`)
    redis.disconnect()
    relay.restore()
    await converged([writer, reader], 32, 15_000)
  })

  it('lets a process started after a burst of edits catch up', async () => {
    const space = namespace()
    const [first] = await startServers(1, space)
    const id = await createDocument(first!)
    const writer = connect(first!, id, 'secretariat')
    await writer.synced
    for (let index = 0; index < 50; index++) appendParagraph(writer.doc, `burst ${index}`)
    const [late] = await startServers(1, space)
    const reader = connect(late!, id, 'reviewer')
    await reader.synced
    await converged([writer, reader], 51)
    appendParagraph(writer.doc, 'after the late start')
    await converged([writer, reader], 52)
  })

  it("refuses a speaker's forbidden update on either process, and the other never sees it", async () => {
    const space = namespace()
    const [first, second] = await startServers(2, space)
    const id = await createDocument(first!)
    await first!.registry.setStatus(id, 'circulated')
    const watchers = [connect(first!, id, 'reviewer'), connect(second!, id, 'reviewer')]
    await Promise.all(watchers.map(({ synced }) => synced))
    const copy = new Y.Doc()
    for (const update of await first!.store.loadUpdates(id)) Y.applyUpdate(copy, update)

    // The opening paragraph is nobody's section: refused, whichever process it is sent to.
    for (const server of [first!, second!]) {
      const forbidden = new Y.Doc()
      Y.applyUpdate(forbidden, Y.encodeStateAsUpdate(copy))
      const before = Y.encodeStateVector(forbidden)
      const opening = forbidden.getXmlFragment(CONTENT_FRAGMENT_NAME).get(0) as Y.XmlElement
      ;(opening.get(0) as Y.XmlText).insert(0, 'Forged: ')
      const update = Y.encodeStateAsUpdate(forbidden, before)
      const closed = await sendRaw(server, id, 'as=speaker%3Ap-ada', update)
      expect(closed.code).toBe(CloseCode.updateRefused)
    }
    // An allowed edit from the same speaker crosses, so the forbidden ones had time to as well.
    const allowed = new Y.Doc()
    Y.applyUpdate(allowed, Y.encodeStateAsUpdate(copy))
    const beforeAllowed = Y.encodeStateVector(allowed)
    textOf(section(allowed)).insert(0, 'Indeed, ')
    void sendRaw(second!, id, 'as=speaker%3Ap-ada', Y.encodeStateAsUpdate(allowed, beforeAllowed))
    await waitFor(
      () =>
        watchers.every((watcher) => textOf(section(watcher.doc)).toString().startsWith('Indeed, ')),
      'the allowed edit on both processes',
    )
    for (const watcher of watchers) expect(paragraphs(watcher.doc)[0]).toBe('Opening.')
  })

  it('refuses on one process an editor id another person wrote with on the other', async () => {
    const space = namespace()
    const [first, second] = await startServers(2, space)
    const id = await createDocument(first!)
    const ada = connect(first!, id, 'secretariat', 'ada')
    await ada.synced
    appendParagraph(ada.doc, 'Ada wrote this.')
    const watcher = connect(second!, id, 'reviewer')
    await converged([ada, watcher], 2)

    // Someone else, on the other process, writing with Ada's client id.
    const forger = new Y.Doc()
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(ada.doc))
    forger.clientID = ada.doc.clientID
    const before = Y.encodeStateVector(forger)
    appendParagraph(forger, 'Forged in Ada’s name.')
    const closed = await sendRaw(
      second!,
      id,
      'as=secretariat&who=mallory',
      Y.encodeStateAsUpdate(forger, before),
    )
    expect(closed.code).toBe(CloseCode.updateRefused)
    expect(closed.reason).toMatch(/belongs to someone else/)
    appendParagraph(ada.doc, 'Ada again.')
    await converged([ada, watcher], 3)
    expect(paragraphs(watcher.doc)).not.toContain('Forged in Ada’s name.')
  })

  it('keeps a person’s presence id theirs on the other process', async () => {
    const space = namespace()
    const [first, second] = await startServers(2, space)
    const id = await createDocument(first!)
    const ada = connect(first!, id, 'secretariat', 'ada')
    const watcher = connect(first!, id, 'reviewer', 'watcher')
    await Promise.all([ada.synced, watcher.synced])
    ada.provider.awareness.setLocalStateField('cursor', { at: 1 })
    const adaId = ada.doc.clientID
    const nameOf = (clientId: number) =>
      (watcher.provider.awareness.getStates().get(clientId)?.user as { name?: string } | undefined)
        ?.name
    await waitFor(() => nameOf(adaId) === 'Test secretariat', 'Ada on the watcher')
    // The other process opens the document after Ada announced herself: it asks for presence.
    const elsewhere = connect(second!, id, 'reviewer', 'elsewhere')
    await elsewhere.synced
    await waitFor(
      () => elsewhere.provider.awareness.getStates().get(adaId) !== undefined,
      'Ada on the other process',
    )

    // Mallory, on the other process, speaks for Ada's id with a newer clock, then for her own.
    const socket = new WebSocket(`${second!.wsUrl}/${id}?as=reviewer&who=mallory`)
    cleanups.push(() => socket.close())
    await new Promise((resolve) => socket.once('message', resolve))
    const presence = (clientId: number) => {
      const doc = new Y.Doc()
      doc.clientID = clientId
      const awareness = new Awareness(doc)
      for (let clock = 0; clock < 50; clock++) awareness.setLocalState({ cursor: { at: clock } })
      const message = encodeAwareness(awareness, [clientId])
      awareness.destroy()
      return message
    }
    socket.send(presence(adaId))
    const malloryId = adaId + 1
    socket.send(presence(malloryId))
    await waitFor(() => nameOf(malloryId) === 'Test reviewer', "Mallory's own presence")
    expect(nameOf(adaId)).toBe('Test secretariat')
  })

  it('makes a status set on one process the one updates are judged under on the other', async () => {
    const space = namespace()
    const [first, second] = await startServers(2, space)
    const id = await createDocument(first!)
    const watcher = connect(second!, id, 'reviewer')
    await watcher.synced
    await first!.registry.setStatus(id, 'approved')
    await waitFor(
      () => watcher.doc.getMap('workflow').get('status') === 'approved',
      'the approved status on the other process',
    )
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(watcher.doc))
    const before = Y.encodeStateVector(copy)
    textOf(section(copy)).insert(0, 'Late: ')
    const closed = await sendRaw(
      second!,
      id,
      'as=speaker%3Ap-ada',
      Y.encodeStateAsUpdate(copy, before),
    )
    expect(closed.code).toBe(CloseCode.updateRefused)
    expect(closed.reason).toMatch(/approved/)
  })
})

describe('RedisFanout', () => {
  it('tells the other processes, and not itself, of an ended credential', async () => {
    const { keyPrefix } = namespace()
    const [one, two] = await Promise.all([
      RedisFanout.connect({ url: testRedisUrl, keyPrefix, logger: silentLogger }),
      RedisFanout.connect({ url: testRedisUrl, keyPrefix, logger: silentLogger }),
    ])
    cleanups.push(
      () => one.close(),
      () => two.close(),
    )
    const heardByOne: CredentialEvent[] = []
    const heardByTwo: CredentialEvent[] = []
    one.onCredential((event) => heardByOne.push(event))
    two.onCredential((event) => heardByTwo.push(event))
    one.publishCredential({ kind: 'invitation-revoked', id: 'inv-1' })
    await waitFor(() => heardByTwo.length === 1, 'the revocation on the other process')
    expect(heardByTwo).toEqual([{ kind: 'invitation-revoked', id: 'inv-1' }])
    expect(heardByOne).toEqual([])
  })

  it('refuses to start when Redis cannot be reached, without printing its password', async () => {
    await expect(
      RedisFanout.connect({
        url: 'redis://:hunter2@127.0.0.1:1',
        keyPrefix: 'unused:',
        logger: silentLogger,
      }),
    ).rejects.toThrow(/Cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/)
  })
})
