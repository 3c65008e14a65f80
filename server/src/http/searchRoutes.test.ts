import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SearchResult, SearchResults } from '@minutes/protocol'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadConfig, type ServerConfig } from '../config'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { silentLogger } from '../logger'
import { type OpenedStores, openStores } from '../openStores'
import type { SearchBlockChanges, SearchIndex } from '../persistence/SearchIndex'
import { type RunningServer, startServer } from '../startServer'
import { appendParagraph, connectClient, waitFor } from '../testing/connectClient'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../testing/postgresTestSchema'

const adminToken = 'an-admin-token-of-at-least-thirty-two-characters'
const admin = { authorization: `Bearer ${adminToken}` }
const people = [
  { id: 'p1', name: 'Ann Lee' },
  { id: 'p2', name: 'Bo Li' },
]

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** The index as the server uses it, telling the test what each write changed. */
function recording(index: SearchIndex, writes: SearchBlockChanges[]): SearchIndex {
  return {
    loadBlocks: (id) => index.loadBlocks(id),
    writeBlocks: async (id, changes) => {
      writes.push(changes)
      await index.writeBlocks(id, changes)
    },
    replaceBlocks: (id, blocks) => index.replaceBlocks(id, blocks),
    listIndexedDocuments: () => index.listIndexedDocuments(),
    search: (request) => index.search(request),
    close: () => index.close(),
  }
}

const backends = [
  ['SQLite', () => ({})],
  [
    'PostgreSQL',
    () => {
      const schema = createTestSchemaName()
      cleanups.push(() => dropTestSchema(schema))
      return { DATABASE_URL: testDatabaseUrl, MINUTES_DATABASE_SCHEMA: schema }
    },
  ],
] as const

describe.each(backends)('GET /api/search on %s', (_name, databaseEnv) => {
  let config: ServerConfig
  let stores: OpenedStores
  let server: RunningServer
  let writes: SearchBlockChanges[]

  async function start(): Promise<void> {
    stores = await openStores(config, silentLogger)
    writes = []
    server = await startServer(config, {
      store: stores.store,
      authStore: stores.authStore,
      searchIndex: recording(stores.searchIndex, writes),
      auth: { publicUrl: 'http://localhost', adminToken },
      logger: silentLogger,
    })
  }

  beforeEach(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-search-'))
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }))
    config = {
      ...loadConfig(databaseEnv()),
      dataDir,
      port: 0,
      host: '127.0.0.1',
      seedDemo: false,
      searchIndexDelayMs: 20,
    }
    await start()
    cleanups.push(() => server.close())
    await stores.store.createDocument({
      id: 'session-7',
      title: 'Session 7',
      initialState: encodeMinutesState(
        {
          type: 'doc',
          content: [
            speakerSection('p1', paragraph('Officers kept the children in police custody.')),
            speakerSection(
              'p2',
              paragraph(
                'The police, according to several witnesses heard in March, had no custody suite.',
              ),
            ),
            paragraph('Custody, custody and again custody was the theme of the day.'),
            {
              type: 'decision',
              content: [paragraph('Resolved, That custody suites are inspected.')],
            },
          ],
        },
        people,
      ),
    })
    await stores.store.createDocument({
      id: 'session-6',
      title: 'Session 6',
      initialState: encodeMinutesState(
        { type: 'doc', content: [paragraph('Custody of the secret papers, said the zebra.')] },
        [],
      ),
    })
  })

  const search = async (query: Record<string, string>, headers: Record<string, string> = admin) =>
    fetch(`${server.url}/api/search?${new URLSearchParams(query)}`, { headers })
  const results = async (query: Record<string, string>, headers = admin) => {
    const response = await search(query, headers)
    expect(response.status).toBe(200)
    return ((await response.json()) as SearchResults).results
  }
  const words = (result: SearchResult) =>
    result.highlights.map(([start, end]) => result.snippet.slice(start, end).toLowerCase())

  it('ranks more matches first, and closer matches before words far apart', async () => {
    const custody = await results({ q: 'custody' })
    expect(custody[0]?.snippet).toContain('Custody, custody and again custody')
    expect(custody).toHaveLength(5)
    const near = await results({ q: 'police custody' })
    expect(near.map(({ snippet }) => snippet)).toEqual([
      'Officers kept the children in police custody.',
      'The police, according to several witnesses heard in March, had no custody suite.',
    ])
    expect(near[0]).toMatchObject({
      docId: 'session-7',
      title: 'Session 7',
      status: 'draft',
      kind: 'speakerSection',
      speaker: 'Ann Lee',
    })
    expect(words(near[0] as SearchResult)).toEqual(['police', 'custody'])
    expect(near[0]?.blockId).toMatch(/^\d+-\d+$/)
  })

  it('filters by status, kind, speaker and series', async () => {
    await stores.store.setStatus('session-6', 'circulated')
    expect((await results({ q: 'custody', status: 'circulated' })).map((r) => r.docId)).toEqual([
      'session-6',
    ])
    expect((await results({ q: 'custody', kind: 'decision' })).map((r) => r.snippet)).toEqual([
      'Resolved, That custody suites are inspected.',
    ])
    expect((await results({ q: 'custody', speaker: 'bo li' })).map((r) => r.speaker)).toEqual([
      'Bo Li',
    ])
    expect((await results({ q: 'custody', speaker: 'p1' })).map((r) => r.speaker)).toEqual([
      'Ann Lee',
    ])
    expect(await results({ q: 'custody', series: 'inquiry-1' })).toEqual([])
    await stores.store.createSeries({ id: 'inquiry-1', title: 'Inquiry' })
    await stores.store.setSeries('session-6', 'inquiry-1')
    expect((await results({ q: 'custody', series: 'inquiry-1' })).map((r) => r.docId)).toEqual([
      'session-6',
    ])
  })

  it('treats query syntax as words and refuses what no search box sends', async () => {
    for (const q of ['"', '*', 'NEAR(', 'OR', 'custody OR', '"custody', 'custody*', '警察', '🙂']) {
      expect((await search({ q })).status).toBe(200)
    }
    // Operators are words like any other: every word must be there, and "near" is not.
    expect(await results({ q: 'NEAR(custody' })).toEqual([])
    expect(await results({ q: '"custody*' })).toHaveLength(5)
    expect(await results({ q: 'kept OR zebra' })).toEqual([])
    expect(await results({ q: "'; DROP TABLE search_blocks; --" })).toEqual([])
    expect(await results({ q: '' })).toEqual([])
    for (const query of <Record<string, string>[]>[
      { q: 'x'.repeat(10 * 1024) },
      { q: 'x'.repeat(501) },
      { q: 'custody', status: 'secret' },
      { q: 'custody', kind: '<script>' },
      { q: 'custody', speaker: 'x'.repeat(1024) },
    ]) {
      const response = await search(query)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ error: expect.any(String) })
    }
    expect(await results({ q: 'custody' })).toHaveLength(5)
    expect((await search({ q: 'custody' }, {})).status).toBe(401)
    expect((await search({ q: 'custody' }, { authorization: 'Bearer forged' })).status).toBe(401)
  })

  it("gives an invitation its own document's text and never another's", async () => {
    const invite = async (documentId: string, body: object) => {
      const response = await fetch(`${server.url}/api/docs/${documentId}/invites`, {
        method: 'POST',
        headers: { ...admin, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(201)
      const { id, token } = (await response.json()) as { id: string; token: string }
      return { id, headers: { authorization: `Bearer ${token}` } }
    }
    const { id: speakerInvitation, headers: speaker } = await invite('session-7', {
      role: 'speaker',
      speakerId: 'p1',
    })
    const { headers: reviewer } = await invite('session-6', { role: 'reviewer' })
    expect(await results({ q: 'zebra' }, speaker)).toEqual([])
    expect(new Set((await results({ q: 'custody' }, speaker)).map((r) => r.docId))).toEqual(
      new Set(['session-7']),
    )
    expect(await results({ q: 'officers' }, reviewer)).toEqual([])
    expect((await results({ q: 'custody' }, reviewer)).map((r) => r.docId)).toEqual(['session-6'])
    expect(await results({ q: 'zebra', status: 'draft' }, speaker)).toEqual([])
    // Withdrawn, the link finds nothing at all.
    const revoked = await fetch(`${server.url}/api/docs/session-7/invites/${speakerInvitation}`, {
      method: 'DELETE',
      headers: admin,
    })
    expect(revoked.ok).toBe(true)
    expect((await search({ q: 'custody' }, speaker)).status).toBe(401)
  })

  it('follows edits over a websocket, block by block, and keeps them across a restart', async () => {
    const wsUrl = `${server.url.replace(/^http/, 'ws')}/sync`
    const client = connectClient(wsUrl, 'session-7', { bearer: adminToken })
    cleanups.push(() => client.destroy())
    await client.synced
    const found = async (q: string) => (await results({ q })).map((r) => r.snippet)
    appendParagraph(client.doc, 'Quokka sightings were reported.')
    await waitFor(async () => (await found('quokka')).length === 1, 'the new paragraph')
    const fragment = client.doc.getXmlFragment('default')
    const added = fragment.get(fragment.length - 1) as Y.XmlElement
    const text = added.get(0) as Y.XmlText
    writes.length = 0
    // One change, as one keystroke replacing a selected word makes it.
    client.doc.transact(() => {
      text.delete(0, 'Quokka'.length)
      text.insert(0, 'Wombat')
    })
    await waitFor(async () => (await found('wombat')).length === 1, 'the edited paragraph')
    expect(await found('quokka')).toEqual([])
    // One block changed, one block written: the rest of the document was left alone.
    expect(writes.flatMap(({ put }) => put).map(({ text }) => text)).toEqual([
      'Wombat sightings were reported.',
    ])
    fragment.delete(0, 1)
    await waitFor(async () => (await found('officers')).length === 0, 'the deleted section')
    client.destroy()

    await server.close()
    await start()
    expect(await found('wombat')).toEqual(['Wombat sightings were reported.'])
    expect(await found('officers')).toEqual([])
  })

  it('renames a speaker in their blocks when the people register changes, and only there', async () => {
    // Indexed from the store first: whenever the opened document is checked, nothing else differs.
    expect(await results({ q: 'custody', speaker: 'Bo Li' })).toHaveLength(1)
    const client = connectClient(`${server.url.replace(/^http/, 'ws')}/sync`, 'session-7', {
      bearer: adminToken,
    })
    cleanups.push(() => client.destroy())
    await client.synced
    writes.length = 0
    client.doc.getMap('people').set('p2', { id: 'p2', name: 'Bo Li-Smith' })
    await waitFor(
      async () => (await results({ q: 'custody', speaker: 'bo li-smith' })).length === 1,
      'the renamed speaker',
    )
    expect(await results({ q: 'custody', speaker: 'Bo Li' })).toEqual([])
    expect(writes.flatMap(({ put }) => put).map(({ speakerName }) => speakerName)).toEqual([
      'Bo Li-Smith',
    ])
  })

  it('indexes imported minutes at once, before anyone searches or opens them', async () => {
    const response = await fetch(`${server.url}/api/docs/import?title=Imported`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/plain' },
      body: 'Ada Lovell: the heron count fell by half.\n',
    })
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    await waitFor(
      async () => (await stores.searchIndex.loadBlocks(id)).some((b) => b.text.includes('heron')),
      'the imported minutes in the index',
    )
  })

  it('catches up on a document whose index lagged behind the store, once it is opened', async () => {
    expect(await results({ q: 'platypus' })).toEqual([])
    await server.close()
    // As if the process died between storing an edit and indexing it.
    stores = await openStores(config, silentLogger)
    const doc = new Y.Doc()
    for (const update of await stores.store.loadUpdates('session-6')) Y.applyUpdate(doc, update)
    const before = Y.encodeStateVector(doc)
    appendParagraph(doc, 'A platypus was mentioned.')
    await stores.store.appendUpdates('session-6', [Y.encodeStateAsUpdate(doc, before)])
    await stores.store.close()
    await start()
    const client = connectClient(`${server.url.replace(/^http/, 'ws')}/sync`, 'session-6', {
      bearer: adminToken,
    })
    cleanups.push(() => client.destroy())
    await client.synced
    await waitFor(async () => (await results({ q: 'platypus' })).length === 1, 'the lagging edit')
  })
})
