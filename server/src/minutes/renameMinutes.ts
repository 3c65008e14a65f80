import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import { DocumentNotFoundError } from '../persistence/DocumentStore'
import { findMinutes } from './findMinutes'

/** Gives the minutes a new title (checked by `Title`); a DocumentNotFoundError if they are gone. */
export async function renameMinutes(
  store: DocumentStore,
  id: string,
  title: string,
): Promise<DocumentMeta> {
  await findMinutes(store, id)
  const renamed = await store.renameDocument(id, title)
  if (!renamed) throw new DocumentNotFoundError(id)
  return renamed
}
