import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentStore } from './DocumentStore'
import { DocumentNotFoundError } from './DocumentStore'

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
  })
}
