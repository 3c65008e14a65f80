import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { appendParagraph, paragraphs } from '../testing/connectClient'
import {
  LiveDocument,
  type LiveDocumentOptions,
  remoteOrigin,
  UpdateRefusedError,
} from './LiveDocument'

/** A live document on a memory store, with every failure callback recorded. */
async function openDocument(
  overrides: Partial<LiveDocumentOptions> = {},
  store = new MemoryDocumentStore(),
  initialState?: Uint8Array,
) {
  const meta = await store.createDocument({
    id: 'd',
    title: 'D',
    ...(initialState && { initialState }),
  })
  const failures: string[] = []
  const document = await LiveDocument.load(meta, store, {
    compactAfterUpdates: 1_000,
    onBroken: (_document, error) => failures.push(`broken: ${String(error)}`),
    onCompactionFailed: (_document, error) => failures.push(`compaction: ${String(error)}`),
    onListenerFailed: (_document, error) => failures.push(`listener: ${String(error)}`),
    ...overrides,
  })
  await document.whenDurable()
  return { document, store, failures }
}

/** One client edit as an update. */
function edit(client: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(client)
  appendParagraph(client, text)
  return Y.encodeStateAsUpdate(client, before)
}

function replay(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

describe('LiveDocument', () => {
  it('compacts its log while people write, keeping every edit', async () => {
    const { document, store, failures } = await openDocument({ compactAfterUpdates: 5 })
    const client = new Y.Doc()
    for (let index = 0; index < 12; index++) {
      await document.submitUpdate(edit(client, `edit ${index}`), 'client')
    }
    const log = await store.loadUpdates('d')
    expect(log.length).toBeLessThan(12)
    expect(paragraphs(replay(log))).toEqual(paragraphs(client))
    expect(failures).toEqual([])
  })

  it('stores the updates of one flush as one row, and sends readers that very update', async () => {
    const { document, store, failures } = await openDocument()
    const rowsBefore = (await store.loadUpdates('d')).length
    const sent: (Uint8Array | undefined)[] = []
    document.onUpdate((broadcast) => sent.push(broadcast.updateFor('reader')))
    const client = new Y.Doc()
    // Submitted together, as keystrokes read from one socket at once are: one flush.
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        document.submitUpdate(edit(client, `key ${index}`), 'client'),
      ),
    )
    const rows = await store.loadUpdates('d')
    expect(rows).toHaveLength(rowsBefore + 1)
    expect(sent).toEqual([rows.at(-1)])
    expect(paragraphs(replay(rows))).toEqual(paragraphs(client))
    expect(failures).toEqual([])
  })

  it('compacts large minutes only once the log since is a quarter of their state', async () => {
    const store = new MemoryDocumentStore()
    const client = new Y.Doc()
    const initialState = edit(client, 'x'.repeat(40_000))
    const { document } = await openDocument({ compactAfterUpdates: 5 }, store, initialState)
    for (let index = 0; index < 20; index++) {
      await document.submitUpdate(edit(client, `small ${index}`), 'client')
    }
    await document.whenCompacted()
    // Twenty rows, a few hundred bytes: a merge of 40 kB for them would be wasted.
    expect((await store.loadUpdates('d')).length).toBeGreaterThan(20)

    await document.submitUpdate(edit(client, 'y'.repeat(12_000)), 'client')
    await vi.waitFor(async () => expect((await store.loadUpdates('d')).length).toBe(1))
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(paragraphs(client))
  })

  it('keeps the whole log and serving when compaction fails, and tries again later', async () => {
    const store = new MemoryDocumentStore()
    let refuseCompaction = true
    const compact = store.compactUpdates.bind(store)
    store.compactUpdates = async (id, merge) => {
      if (refuseCompaction) throw new Error('disk full')
      return compact(id, merge)
    }
    const { document, failures } = await openDocument({ compactAfterUpdates: 3 }, store)
    const client = new Y.Doc()
    for (let index = 0; index < 4; index++) {
      await document.submitUpdate(edit(client, `edit ${index}`), 'client')
    }
    await vi.waitFor(() =>
      expect(failures.some((failure) => failure.startsWith('compaction: Error: disk full'))).toBe(
        true,
      ),
    )
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(paragraphs(client))

    refuseCompaction = false
    await document.submitUpdate(edit(client, 'after'), 'client')
    await vi.waitFor(async () => expect((await store.loadUpdates('d')).length).toBe(1))
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(paragraphs(client))
  })

  it('stores and passes on updates while a compaction merges, one compaction at a time', async () => {
    let merges = 0
    let finishMerge: (() => void) | undefined
    const heldMerge = async (updates: Uint8Array[]) => {
      merges += 1
      await new Promise<void>((resolve) => {
        finishMerge = resolve
      })
      return Y.mergeUpdates(updates)
    }
    const { document, store, failures } = await openDocument({
      compactAfterUpdates: 3,
      mergeUpdates: heldMerge,
    })
    const heard: Uint8Array[] = []
    document.onUpdate((broadcast) => heard.push(broadcast.updateFor('someone else')!))
    const client = new Y.Doc()
    for (let index = 0; index < 3; index++) {
      await document.submitUpdate(edit(client, `before ${index}`), 'client')
    }
    await vi.waitFor(() => expect(merges).toBe(1))
    // The merge is held: later updates are stored and heard all the same, and start no other.
    for (let index = 0; index < 6; index++) {
      await document.submitUpdate(edit(client, `during ${index}`), 'client')
    }
    expect(heard).toHaveLength(9)
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(paragraphs(client))
    expect(merges).toBe(1)

    finishMerge?.()
    await vi.waitFor(async () => expect((await store.loadUpdates('d')).length).toBeLessThan(9))
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(paragraphs(client))
    expect(failures).toEqual([])
  })

  it('announces a flush once, to every listener, only after the store has it', async () => {
    // A store whose writes take a while, as a networked database's might.
    let stored = 0
    const memory = new MemoryDocumentStore()
    const slowStore = Object.assign(Object.create(memory) as MemoryDocumentStore, {
      appendUpdates: async (...args: Parameters<MemoryDocumentStore['appendUpdates']>) => {
        await new Promise((resolve) => setTimeout(resolve, 50))
        await memory.appendUpdates(...args)
        stored += args[1].length
      },
    })
    const { document } = await openDocument({}, slowStore)
    const storedBefore = stored
    const storedWhenHeard: number[] = []
    const heard: (Uint8Array | undefined)[] = []
    for (const receiver of ['a', 'b', 'c']) {
      document.onUpdate((broadcast) => {
        storedWhenHeard.push(stored)
        heard.push(broadcast.updateFor(receiver))
      })
    }
    const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
    // Submitted in one tick: one transaction, one announcement.
    await Promise.all(
      writers.map((writer, index) => document.submitUpdate(edit(writer, `w${index}`), writer)),
    )

    // The three updates are the flush's one row, stored before anyone hears of them.
    expect(storedWhenHeard).toEqual([storedBefore + 1, storedBefore + 1, storedBefore + 1])
    expect(heard[1]).toBe(heard[0])
    expect(heard[2]).toBe(heard[0])
    expect(paragraphs(replay([heard[0]!])).sort()).toEqual(['w0', 'w1', 'w2'])
  })

  it('applies nothing of a client that follows a refused update in the same flush', async () => {
    const { document, store } = await openDocument()
    const refused = new Y.Doc()
    const honest = new Y.Doc()
    const refuseFirst = (() => {
      let judged = 0
      return () => (judged++ === 0 ? 'not yours to change' : undefined)
    })()
    // Submitted in one tick, as a client's pipelined updates arrive: one flush judges them all.
    const outcomes = await Promise.allSettled([
      document.submitUpdate(edit(refused, 'refused'), refused, refuseFirst),
      // Independent of the refused one, and allowed on its own: still never applied after it.
      document.submitUpdate(edit(new Y.Doc(), 'after'), refused, () => undefined),
      document.submitUpdate(edit(honest, 'honest'), honest, () => undefined),
    ])

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'fulfilled'])
    const reasons = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [String(outcome.reason)] : [],
    )
    expect(reasons[0]).toContain('not yours to change')
    expect(reasons[1]).toContain('came after one that was refused')
    expect(paragraphs(document.doc)).toEqual(['honest'])
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(['honest'])
  })

  it('passes an update on to every other listener when one of them throws', async () => {
    const { document, failures } = await openDocument()
    const heard: string[] = []
    document.onUpdate(() => {
      throw new Error('a broken connection')
    })
    document.onUpdate(() => heard.push('second'))
    await document.submitUpdate(edit(new Y.Doc(), 'x'), 'client')
    expect(heard).toEqual(['second'])
    expect(failures).toEqual(['listener: Error: a broken connection'])
    expect(document.isDestroyed).toBe(false)
  })

  it('never keeps structs waiting for others: what Yjs would hold is dropped and refused', async () => {
    const { document, store } = await openDocument()
    const client = new Y.Doc()
    const first = edit(client, 'first')
    const second = edit(client, 'second')
    // The second edit alone depends on the first, which the server has not seen.
    await expect(document.submitUpdate(second, 'client')).rejects.toBeInstanceOf(UpdateRefusedError)
    expect(document.doc.store.pendingStructs).toBeNull()
    // The first arriving later releases nothing that was not judged.
    await document.submitUpdate(first, 'client')
    expect(paragraphs(document.doc)).toEqual(['first'])
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(['first'])
  })

  it("passes on another process's updates without storing or republishing them", async () => {
    const published: Uint8Array[] = []
    const { document, store } = await openDocument({ onStored: (update) => published.push(update) })
    const heard: unknown[] = []
    document.onUpdate((broadcast) => heard.push(...broadcast.origins))
    const storedBefore = (await store.loadUpdates('d')).length
    // What the server itself wrote on load (the workflow mirror) was published like any change.
    published.splice(0)

    const elsewhere = new Y.Doc()
    await document.applyRemoteUpdate(edit(elsewhere, 'from the other process'))
    expect(paragraphs(document.doc)).toEqual(['from the other process'])
    expect(heard).toEqual([remoteOrigin])
    expect(await store.loadUpdates('d')).toHaveLength(storedBefore)
    expect(published).toEqual([])

    await document.submitUpdate(edit(new Y.Doc(), 'from here'), 'client')
    expect(published).toHaveLength(1)
    expect(paragraphs(replay(await store.loadUpdates('d')))).toEqual(['from here'])
  })

  it('reads the store for what a published update depends on', async () => {
    const { document, store } = await openDocument({ catchUpBeforeRefusing: true })
    const elsewhere = new Y.Doc()
    const first = edit(elsewhere, 'stored by the other process')
    const second = edit(elsewhere, 'published after it')
    // The other process stored both; this one heard of the second only.
    await store.appendUpdates('d', [first, second])
    await document.applyRemoteUpdate(second)
    expect(paragraphs(document.doc)).toEqual(['stored by the other process', 'published after it'])
  })

  it('reads the store before refusing a client whose edit builds on one stored elsewhere', async () => {
    for (const catchUpBeforeRefusing of [true, false]) {
      const { document, store } = await openDocument({ catchUpBeforeRefusing })
      const browser = new Y.Doc()
      await store.appendUpdates('d', [edit(browser, 'stored by the other process')])
      const next = edit(browser, 'built on it')
      // As the server's judge does: refuse what depends on edits the document lacks.
      const lacksDependencies = (doc: Y.Doc) =>
        Y.getState(doc.store, browser.clientID) === 0 ? 'it depends on edits' : undefined
      const submitted = document.submitUpdate(next, 'client', lacksDependencies)
      if (catchUpBeforeRefusing) {
        await submitted
        expect(paragraphs(document.doc)).toEqual(['stored by the other process', 'built on it'])
      } else {
        await expect(submitted).rejects.toBeInstanceOf(UpdateRefusedError)
      }
    }
  })
})
