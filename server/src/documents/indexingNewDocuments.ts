import type { Logger } from '../logger'
import type { DocumentMeta, DocumentStore, NewDocument } from '../persistence/DocumentStore'
import type { SearchIndexer } from './SearchIndexer'

/**
 * The store, with every document created through it (new minutes, an import) indexed for search
 * straight after, in the background: its words are found before anyone opens it.
 */
export function indexingNewDocuments(
  store: DocumentStore,
  indexer: SearchIndexer,
  logger: Logger,
): DocumentStore {
  const createDocument = async (document: NewDocument): Promise<DocumentMeta> => {
    const meta = await store.createDocument(document)
    void indexer
      .indexStored(meta.id)
      .catch((error: unknown) => logger.warn(`document ${meta.id}: not indexed for search`, error))
    return meta
  }
  return new Proxy(store, {
    get: (target, property) => {
      if (property === 'createDocument') return createDocument
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
