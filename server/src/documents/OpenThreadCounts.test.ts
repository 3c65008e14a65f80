import { COMMENTS_MAP_NAME } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { countOpenThreads, OpenThreadCounts } from './OpenThreadCounts'

const author = { id: 'ada', name: 'Ada Clerk', role: 'secretariat' }
const anchor = Buffer.from(
  Y.encodeRelativePosition(Y.createRelativePositionFromJSON({ item: { client: 1, clock: 0 } })),
).toString('base64')
const thread = (id: string, resolved: boolean) => ({
  id,
  start: anchor,
  end: anchor,
  quote: 'the budget',
  createdAt: 1_790_000_000_000,
  author,
  resolved: resolved ? { by: author, at: 1_790_000_000_001 } : null,
})

function writeThreads(doc: Y.Doc, threads: ReturnType<typeof thread>[]) {
  const map = doc.getMap(COMMENTS_MAP_NAME)
  for (const each of threads) map.set(`thread:${each.id}`, each)
}

describe('countOpenThreads', () => {
  it('counts threads not resolved, and nothing else in the map', () => {
    const doc = new Y.Doc()
    writeThreads(doc, [thread('a', false), thread('b', true), thread('c', false)])
    doc.getMap(COMMENTS_MAP_NAME).set('comment:a:x', { not: 'a thread' })
    expect(countOpenThreads(doc)).toBe(2)
  })
})

describe('OpenThreadCounts', () => {
  it('reads a document again only once it changed', async () => {
    const store = new MemoryDocumentStore()
    const meta = await store.createDocument({ id: 'd1', title: 'Minutes' })
    const counts = new OpenThreadCounts(store)
    expect(await counts.of(meta)).toBe(0)

    const doc = new Y.Doc()
    doc.on('update', (update: Uint8Array) => void store.appendUpdates('d1', [update]))
    writeThreads(doc, [thread('a', false)])
    // The same meta as before: the count it had then.
    expect(await counts.of(meta)).toBe(0)
    const changed = (await store.getDocument('d1'))!
    expect(await counts.of({ ...changed, updatedAt: `${changed.updatedAt}+` })).toBe(1)
  })
})
