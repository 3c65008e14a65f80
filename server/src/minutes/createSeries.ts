import { createDocumentId } from '../documents/documentId'
import type { DocumentStore, Series } from '../persistence/DocumentStore'

/** A new series (an inquiry, a committee) with a title checked by `NewSeries`. */
export async function createSeries(store: DocumentStore, title: string): Promise<Series> {
  return store.createSeries({ id: createDocumentId(), title })
}
