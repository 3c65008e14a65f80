import { WORKFLOW_MAP_NAME } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { serverPrincipal } from './ClientIdOwnership'
import { LiveDocument } from './LiveDocument'

const options = {
  compactAfterUpdates: 1_000,
  onBroken: () => {},
  onCompactionFailed: () => {},
  onListenerFailed: () => {},
}

async function load(store: MemoryDocumentStore) {
  const meta = await store.getDocument('d')
  if (!meta) throw new Error('The test document is missing.')
  const document = await LiveDocument.load(meta, store, options)
  await document.whenDurable()
  return document
}

/** The status a client sees, from the stored log alone. */
async function storedStatus(store: MemoryDocumentStore): Promise<unknown> {
  const doc = new Y.Doc()
  for (const update of await store.loadUpdates('d')) Y.applyUpdate(doc, update)
  return doc.getMap(WORKFLOW_MAP_NAME).get('status')
}

describe('WorkflowMirror', () => {
  it('shows a status set while the document was not in memory, stored like any update', async () => {
    const store = new MemoryDocumentStore()
    await store.createDocument({ id: 'd', title: 'D' })
    await store.setStatus('d', 'circulated')
    const document = await load(store)
    expect(document.workflow.status).toBe('circulated')
    expect(document.doc.getMap(WORKFLOW_MAP_NAME).get('status')).toBe('circulated')
    expect(await storedStatus(store)).toBe('circulated')
    // The server's own client id is bound to the server, so no client can write with it.
    expect(await store.loadClientIds('d')).toContainEqual({
      clientId: document.doc.clientID,
      principalId: serverPrincipal,
    })
  })

  it('judges under a new status at once, and announces it only once it is stored', async () => {
    const store = new MemoryDocumentStore()
    await store.createDocument({ id: 'd', title: 'D' })
    const document = await load(store)
    const heard: unknown[] = []
    document.onUpdate(() => heard.push(storedStatus(store)))
    const moving = document.workflow.set('approved')
    expect(document.workflow.status).toBe('approved')
    await moving
    expect(await Promise.all(heard)).toEqual(['approved'])
    expect(await storedStatus(store)).toBe('approved')
  })

  it('writes nothing when the doc already shows the status', async () => {
    const store = new MemoryDocumentStore()
    await store.createDocument({ id: 'd', title: 'D' })
    await store.setStatus('d', 'published')
    const first = await load(store)
    await first.workflow.set('published')
    first.destroy('reloading')
    const logged = (await store.loadUpdates('d')).length
    const reloaded = await load(store)
    await reloaded.workflow.set('published')
    expect((await store.loadUpdates('d')).length).toBe(logged)
    expect(logged).toBe(1)
  })
})
