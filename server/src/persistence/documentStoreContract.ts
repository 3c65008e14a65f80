import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentStore, StoredVersion } from './DocumentStore'
import { DocumentNotFoundError, SeriesNotFoundError } from './DocumentStore'

/** One suite every DocumentStore must pass, so implementations stay interchangeable. */
export function describeDocumentStore(name: string, openStore: () => Promise<DocumentStore>) {
  describe(`${name} (DocumentStore contract)`, () => {
    let store: DocumentStore
    beforeEach(async () => {
      store = await openStore()
    })
    afterEach(async () => {
      await store.close()
    })

    const textUpdate = (doc: Y.Doc, text: string) => {
      const before = Y.encodeStateVector(doc)
      doc.getText('t').insert(doc.getText('t').length, text)
      return Y.encodeStateAsUpdate(doc, before)
    }

    it('creates, finds, lists and renames documents', async () => {
      const created = await store.createDocument({ id: 'a', title: 'First' })
      expect(created).toMatchObject({ id: 'a', title: 'First' })
      await store.createDocument({ id: 'b', title: 'Second' })
      expect(await store.getDocument('a')).toMatchObject({ id: 'a', title: 'First' })
      expect(await store.getDocument('missing')).toBeUndefined()
      expect((await store.listDocuments()).map(({ id }) => id).sort()).toEqual(['a', 'b'])
      expect(await store.renameDocument('a', 'Renamed')).toMatchObject({ title: 'Renamed' })
      expect(await store.renameDocument('missing', 'x')).toBeUndefined()
    })

    it('keeps the first binding of each client id, written with the updates', async () => {
      await store.createDocument({ id: 'a', title: 'A' })
      await store.createDocument({ id: 'b', title: 'B' })
      const doc = new Y.Doc()
      await store.appendUpdates(
        'a',
        [textUpdate(doc, 'x')],
        [
          { clientId: 7, principalId: 'account:ada' },
          { clientId: 8, principalId: null },
        ],
      )
      // A later claim of the same id changes nothing: the first writer keeps it.
      await store.appendUpdates('a', [textUpdate(doc, 'y')], [{ clientId: 7, principalId: 'x' }])
      const sorted = (await store.loadClientIds('a')).sort((a, b) => a.clientId - b.clientId)
      expect(sorted).toEqual([
        { clientId: 7, principalId: 'account:ada' },
        { clientId: 8, principalId: null },
      ])
      expect(await store.loadClientIds('b')).toEqual([])
      await expect(
        store.appendUpdates('missing', [], [{ clientId: 1, principalId: 'p' }]),
      ).rejects.toBeInstanceOf(DocumentNotFoundError)
    })

    it('starts documents as drafts and keeps the status set', async () => {
      expect(await store.createDocument({ id: 'a', title: 'A' })).toMatchObject({ status: 'draft' })
      expect(await store.setStatus('a', 'circulated')).toMatchObject({ status: 'circulated' })
      expect(await store.getDocument('a')).toMatchObject({ status: 'circulated' })
      expect(await store.setStatus('missing', 'approved')).toBeUndefined()
    })

    it('records who approved and published, and forgets it when the minutes are reopened', async () => {
      expect(await store.createDocument({ id: 'a', title: 'A' })).toMatchObject({
        approvedBy: null,
        approvedAt: null,
        publishedBy: null,
        publishedAt: null,
      })
      await store.setStatus('a', 'approved')
      const approved = await store.signOff('a', 'approved', 'Ada Clerk')
      expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ada Clerk' })
      expect(Date.parse(approved?.approvedAt ?? '')).not.toBeNaN()
      await store.setStatus('a', 'published')
      await store.signOff('a', 'published', "Bob O'Brien")
      expect(await store.getDocument('a')).toMatchObject({
        status: 'published',
        approvedBy: 'Ada Clerk',
        approvedAt: approved?.approvedAt,
        publishedBy: "Bob O'Brien",
      })
      // Reopening from published undoes the publication but not the approval.
      expect(await store.setStatus('a', 'approved')).toMatchObject({
        approvedBy: 'Ada Clerk',
        publishedBy: null,
        publishedAt: null,
      })
      expect(await store.setStatus('a', 'draft')).toMatchObject({
        approvedBy: null,
        approvedAt: null,
      })
      expect(await store.signOff('missing', 'approved', 'Ada Clerk')).toBeUndefined()
    })

    it('lists the most recently changed document first', async () => {
      await store.createDocument({ id: 'old', title: 'Old' })
      await store.createDocument({ id: 'new', title: 'New' })
      await new Promise((resolve) => setTimeout(resolve, 5))
      await store.appendUpdates('old', [textUpdate(new Y.Doc(), 'x')])
      expect((await store.listDocuments()).map(({ id }) => id)).toEqual(['old', 'new'])
    })

    it('keeps the initial state and appended updates in order', async () => {
      const doc = new Y.Doc()
      const initialState = textUpdate(doc, 'Hello')
      await store.createDocument({ id: 'a', title: 'A', initialState })
      await store.appendUpdates('a', [textUpdate(doc, ', '), textUpdate(doc, 'world')])
      await store.appendUpdates('a', [textUpdate(doc, '!')])

      const updates = await store.loadUpdates('a')
      expect(updates).toHaveLength(4)
      const replayed = new Y.Doc()
      for (const update of updates) Y.applyUpdate(replayed, update)
      expect(replayed.getText('t').toString()).toBe('Hello, world!')
    })

    it('refuses updates for a document that does not exist', async () => {
      await expect(store.appendUpdates('missing', [new Uint8Array([0, 0])])).rejects.toThrow(
        DocumentNotFoundError,
      )
    })

    it('compacts the log into one update that replays to the same state, then appends after it', async () => {
      const doc = new Y.Doc()
      await store.createDocument({ id: 'a', title: 'A' })
      for (const word of ['one ', 'two ', 'three ']) {
        await store.appendUpdates('a', [textUpdate(doc, word)])
      }
      expect(await store.compactUpdates('a', Y.mergeUpdates)).toBe(1)
      await store.appendUpdates('a', [textUpdate(doc, 'four')])

      const updates = await store.loadUpdates('a')
      expect(updates).toHaveLength(2)
      const replayed = new Y.Doc()
      for (const update of updates) Y.applyUpdate(replayed, update)
      expect(replayed.getText('t').toString()).toBe('one two three four')
    })

    const versionOf = (documentId: string, id: string, doc: Y.Doc): StoredVersion => ({
      id,
      documentId,
      name: id === 'v1' ? null : `Named ${id}`,
      kind: id === 'v1' ? 'automatic' : 'named',
      status: 'draft',
      createdAt: new Date().toISOString(),
      createdBy: id === 'v1' ? null : 'account:ada',
      authors: ['account:ada', 'invitation:bo'],
      snapshot: Y.encodeSnapshot(Y.snapshot(doc)),
      deletions: new Uint8Array([1, 2, 3]),
    })

    it('keeps versions in the order they were made, apart for each document', async () => {
      await store.createDocument({ id: 'a', title: 'A' })
      await store.createDocument({ id: 'b', title: 'B' })
      const doc = new Y.Doc({ gc: false })
      await store.appendUpdates('a', [textUpdate(doc, 'one')])
      const first = versionOf('a', 'v1', doc)
      await store.addVersion(first)
      await store.appendUpdates('a', [textUpdate(doc, ' two')])
      await store.addVersion(versionOf('a', 'v2', doc))
      await store.addVersion(versionOf('b', 'v3', new Y.Doc()))

      expect((await store.listVersions('a')).map(({ id }) => id)).toEqual(['v1', 'v2'])
      expect(await store.getVersion('a', 'v1')).toEqual(first)
      expect(await store.getVersion('a', 'v3')).toBeUndefined()
      expect(await store.getVersion('b', 'v3')).toMatchObject({ name: 'Named v3' })
      expect(await store.listVersions('missing')).toEqual([])
      await expect(store.addVersion(versionOf('missing', 'v4', doc))).rejects.toBeInstanceOf(
        DocumentNotFoundError,
      )
    })

    it('lists versions without their snapshots, and a run of them with', async () => {
      await store.createDocument({ id: 'a', title: 'A' })
      await store.createDocument({ id: 'b', title: 'B' })
      const doc = new Y.Doc({ gc: false })
      const made: StoredVersion[] = []
      for (const id of ['v1', 'v2', 'v3', 'v4']) {
        await store.appendUpdates('a', [textUpdate(doc, id)])
        const version = versionOf('a', id, doc)
        made.push(version)
        await store.addVersion(version)
        if (id === 'v2') await store.addVersion(versionOf('b', 'b1', new Y.Doc()))
      }

      const summaries = await store.listVersionSummaries('a')
      expect(summaries).toEqual(
        made.map(({ snapshot: _snapshot, deletions: _deletions, ...summary }) => summary),
      )
      for (const summary of summaries) expect(summary).not.toHaveProperty('snapshot')
      expect(await store.listVersionSummaries('missing')).toEqual([])

      const ids = async (span: { from: string; to?: string }) =>
        (await store.listVersions('a', span)).map(({ id }) => id)
      expect(await store.listVersions('a', { from: 'v2' })).toEqual(made.slice(1))
      expect(await ids({ from: 'v2', to: 'v3' })).toEqual(['v2', 'v3'])
      expect(await ids({ from: 'v4', to: 'v4' })).toEqual(['v4'])
      expect(await ids({ from: 'v1' })).toEqual(['v1', 'v2', 'v3', 'v4'])
      // An end that is not one of this document's versions gives none.
      expect(await ids({ from: 'b1' })).toEqual([])
      expect(await ids({ from: 'v1', to: 'gone' })).toEqual([])
      expect(await ids({ from: 'v3', to: 'v2' })).toEqual([])
    })

    it('keeps what is appended while a merge takes its time, after the merged update', async () => {
      const doc = new Y.Doc()
      await store.createDocument({ id: 'a', title: 'A' })
      for (const word of ['one ', 'two ']) await store.appendUpdates('a', [textUpdate(doc, word)])
      let appended: Promise<void> | undefined
      const slowMerge = async (updates: Uint8Array[]) => {
        // Not awaited here: a store that holds appends back until the merged state is in (a row
        // lock) lets this one in after the compaction.
        appended = store.appendUpdates('a', [textUpdate(doc, 'three')])
        await new Promise((resolve) => setTimeout(resolve, 20))
        return Y.mergeUpdates(updates)
      }
      const length = await store.compactUpdates('a', slowMerge)
      await appended

      const updates = await store.loadUpdates('a')
      expect(length).toBeLessThanOrEqual(2)
      expect(updates.length).toBeLessThanOrEqual(2)
      const replayed = new Y.Doc()
      for (const update of updates) Y.applyUpdate(replayed, update)
      expect(replayed.getText('t').toString()).toBe('one two three')
    })

    it('never loses an update when compactions overlap', async () => {
      const doc = new Y.Doc()
      await store.createDocument({ id: 'a', title: 'A' })
      for (const word of ['one ', 'two ', 'three ']) {
        await store.appendUpdates('a', [textUpdate(doc, word)])
      }
      const mergeAfter = (ms: number) => async (updates: Uint8Array[]) => {
        await new Promise((resolve) => setTimeout(resolve, ms))
        return Y.mergeUpdates(updates)
      }
      const slow = store.compactUpdates('a', mergeAfter(30))
      const fast = store.compactUpdates('a', mergeAfter(0))
      await Promise.all([slow, fast])
      await store.appendUpdates('a', [textUpdate(doc, 'four')])

      const replayed = new Y.Doc()
      for (const update of await store.loadUpdates('a')) Y.applyUpdate(replayed, update)
      expect(replayed.getText('t').toString()).toBe('one two three four')
    })

    it('keeps what versions need when the log is compacted', async () => {
      await store.createDocument({ id: 'a', title: 'A' })
      const doc = new Y.Doc({ gc: false })
      await store.appendUpdates('a', [textUpdate(doc, 'kept words')])
      await store.addVersion(versionOf('a', 'v1', doc))
      const before = Y.encodeStateVector(doc)
      doc.getText('t').delete(0, 5)
      await store.appendUpdates('a', [Y.encodeStateAsUpdate(doc, before), textUpdate(doc, '!')])
      await store.compactUpdates('a', Y.mergeUpdates)

      const history = new Y.Doc({ gc: false })
      for (const update of await store.loadUpdates('a')) Y.applyUpdate(history, update)
      expect(history.getText('t').toString()).toBe('words!')
      const version = await store.getVersion('a', 'v1')
      const then = Y.createDocFromSnapshot(
        history,
        Y.decodeSnapshot(version?.snapshot ?? new Uint8Array()),
      )
      expect(then.getText('t').toString()).toBe('kept words')
    })

    it('keeps one decision per correction, apart for each document', async () => {
      await store.createDocument({ id: 'a', title: 'A' })
      await store.createDocument({ id: 'b', title: 'B' })
      const accepted = {
        documentId: 'a',
        correctionId: '12.3',
        state: 'accepted' as const,
        class: 'factual',
        decidedBy: 'account:ada',
        decidedAt: '2026-12-04T09:00:00.000Z',
        correction: '{"inserted":"twelve"}',
      }
      const reverted = {
        ...accepted,
        correctionId: '12.9',
        state: 'reverted' as const,
        class: null,
      }
      expect(await store.addCorrectionDecision(accepted)).toBe(true)
      expect(await store.addCorrectionDecision(reverted)).toBe(true)
      // Decided once: a second decision on the same correction changes nothing.
      expect(await store.addCorrectionDecision({ ...accepted, state: 'reverted' })).toBe(false)
      expect(await store.addCorrectionDecision({ ...accepted, documentId: 'b' })).toBe(true)

      expect(await store.listCorrectionDecisions('a')).toEqual([accepted, reverted])
      expect(await store.listCorrectionDecisions('b')).toHaveLength(1)
      expect(await store.listCorrectionDecisions('missing')).toEqual([])
      // A decision whose change failed is forgotten, and can be made again.
      await store.removeCorrectionDecision('a', '12.3')
      expect(await store.listCorrectionDecisions('a')).toEqual([reverted])
      expect(await store.addCorrectionDecision(accepted)).toBe(true)
      await store.removeCorrectionDecision('missing', '12.3')
      await expect(
        store.addCorrectionDecision({ ...accepted, documentId: 'missing' }),
      ).rejects.toBeInstanceOf(DocumentNotFoundError)
    })

    it('keeps an audit trail per document, oldest first', async () => {
      await store.createDocument({ id: 'a', title: 'A' })
      await store.createDocument({ id: 'b', title: 'B' })
      const joined = {
        at: '2026-12-04T09:00:00.000Z',
        actorId: 'account:ada',
        actorName: "Ada O'Clerk",
        kind: 'joined',
        detail: 'Opened the minutes.',
      }
      const exported = {
        ...joined,
        at: '2026-12-04T09:01:00.000Z',
        kind: 'exported',
        detail: 'pdf',
      }
      await store.addAuditEvent('a', joined)
      await store.addAuditEvent('a', exported)
      await store.addAuditEvent('b', { ...joined, actorId: null, actorName: 'Automation' })
      expect(await store.listAuditEvents('a')).toEqual([joined, exported])
      expect(await store.listAuditEvents('b')).toHaveLength(1)
      expect(await store.listAuditEvents('missing')).toEqual([])
      await expect(store.addAuditEvent('missing', joined)).rejects.toBeInstanceOf(
        DocumentNotFoundError,
      )
    })

    it('keeps series, oldest first, and which minutes are meetings of each', async () => {
      const inquiry = await store.createSeries({ id: 's1', title: "Inquiry into children's play" })
      expect(inquiry).toMatchObject({ id: 's1', title: "Inquiry into children's play" })
      await new Promise((resolve) => setTimeout(resolve, 2))
      await store.createSeries({ id: 's2', title: 'Finance Committee' })
      expect(await store.getSeries('s1')).toEqual(inquiry)
      expect(await store.getSeries('missing')).toBeUndefined()
      expect((await store.listSeries()).map(({ id }) => id)).toEqual(['s1', 's2'])

      expect(await store.createDocument({ id: 'a', title: 'A', seriesId: 's1' })).toMatchObject({
        seriesId: 's1',
      })
      expect(await store.createDocument({ id: 'b', title: 'B' })).toMatchObject({ seriesId: null })
      expect(await store.getDocument('a')).toMatchObject({ seriesId: 's1' })
      expect(await store.setSeries('b', 's2')).toMatchObject({ id: 'b', seriesId: 's2' })
      expect((await store.listDocuments()).find(({ id }) => id === 'b')).toMatchObject({
        seriesId: 's2',
      })
      expect(await store.setSeries('a', null)).toMatchObject({ seriesId: null })
      expect(await store.setSeries('missing', 's1')).toBeUndefined()
    })

    it('refuses a series that does not exist, changing nothing', async () => {
      await expect(
        store.createDocument({ id: 'a', title: 'A', seriesId: 'missing' }),
      ).rejects.toBeInstanceOf(SeriesNotFoundError)
      expect(await store.getDocument('a')).toBeUndefined()
      await store.createSeries({ id: 's1', title: 'Board' })
      await store.createDocument({ id: 'b', title: 'B', seriesId: 's1' })
      await expect(store.setSeries('b', 'missing')).rejects.toBeInstanceOf(SeriesNotFoundError)
      expect(await store.getDocument('b')).toMatchObject({ seriesId: 's1' })
    })

    it("keeps a series' notes on its recommendations, and forgets an empty one", async () => {
      await store.createSeries({ id: 's1', title: 'Inquiry' })
      await store.createSeries({ id: 's2', title: 'Committee' })
      expect(await store.listRecommendationNotes('s1')).toEqual([])
      const tagged = {
        documentId: 'a',
        blockId: '1-2',
        themes: ['funding', "children's play"],
        mergedInto: null,
      }
      const merged = {
        documentId: 'b',
        blockId: '3-4',
        themes: [],
        mergedInto: { documentId: 'a', blockId: '1-2' },
      }
      await store.setRecommendationNote('s1', tagged)
      await store.setRecommendationNote('s1', merged)
      const byBlock = (notes: { blockId: string }[]) =>
        [...notes].sort((x, y) => x.blockId.localeCompare(y.blockId))
      expect(byBlock(await store.listRecommendationNotes('s1'))).toEqual([tagged, merged])
      expect(await store.listRecommendationNotes('s2')).toEqual([])
      await store.setRecommendationNote('s1', { ...tagged, themes: ['safety'] })
      await store.setRecommendationNote('s1', { ...merged, mergedInto: null })
      expect(await store.listRecommendationNotes('s1')).toEqual([{ ...tagged, themes: ['safety'] }])
      await expect(store.listRecommendationNotes('missing')).rejects.toBeInstanceOf(
        SeriesNotFoundError,
      )
      await expect(store.setRecommendationNote('missing', tagged)).rejects.toBeInstanceOf(
        SeriesNotFoundError,
      )
    })
  })
}
