import * as Y from 'yjs'
import type { DocumentStore } from '../../persistence/DocumentStore'

/**
 * A document with its whole history (no garbage collection) as the store holds it, apart from
 * the live one: versions are rebuilt from it without loading or touching the live document.
 */
export async function loadHistory(store: DocumentStore, id: string): Promise<Y.Doc> {
  const updates = await store.loadUpdates(id)
  const doc = new Y.Doc({ gc: false })
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return doc
}
