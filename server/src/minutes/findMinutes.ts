import { isDocumentId } from '../documents/documentId'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import { DocumentNotFoundError } from '../persistence/DocumentStore'

/** The minutes' meta, or a DocumentNotFoundError. */
export async function findMinutes(store: DocumentStore, id: string): Promise<DocumentMeta> {
  const document = isDocumentId(id) ? await store.getDocument(id) : undefined
  if (!document) throw new DocumentNotFoundError(id)
  return document
}
