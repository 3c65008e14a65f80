import { COMMENTS_MAP_NAME, checkCommentEntry, parseCommentKey } from '@minutes/schema'
import * as Y from 'yjs'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'

/** Threads not yet resolved in a document's comments map. */
export function countOpenThreads(doc: Y.Doc): number {
  let count = 0
  for (const [key, value] of doc.getMap<unknown>(COMMENTS_MAP_NAME).entries()) {
    if (parseCommentKey(key)?.kind !== 'thread' || checkCommentEntry(key, value)) continue
    if ((value as { resolved: unknown }).resolved === null) count += 1
  }
  return count
}

/**
 * Open-thread counts for the document list. A document is read again only when it changed
 * since it was last counted, so listing costs one read per changed document, not one per
 * document.
 */
export class OpenThreadCounts {
  private readonly counted = new Map<string, { updatedAt: string; count: number }>()

  constructor(private readonly store: DocumentStore) {}

  async of(meta: DocumentMeta): Promise<number> {
    const known = this.counted.get(meta.id)
    if (known?.updatedAt === meta.updatedAt) return known.count
    const doc = new Y.Doc()
    try {
      for (const update of await this.store.loadUpdates(meta.id)) Y.applyUpdate(doc, update)
      const count = countOpenThreads(doc)
      this.counted.set(meta.id, { updatedAt: meta.updatedAt, count })
      return count
    } finally {
      doc.destroy()
    }
  }
}
