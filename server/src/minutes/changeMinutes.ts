import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import { DocumentNotFoundError } from '../persistence/DocumentStore'
import { findMinutes } from './findMinutes'

export interface MinutesChange {
  title?: string
  /** Another series, or none (null). */
  seriesId?: string | null
}

/**
 * Renames the minutes and moves them to a series (checked by `DocumentChange`): a
 * DocumentNotFoundError if they are gone, a SeriesNotFoundError before anything changes if the
 * series is unknown.
 */
export async function changeMinutes(
  store: DocumentStore,
  id: string,
  { title, seriesId }: MinutesChange,
): Promise<DocumentMeta> {
  let meta = await findMinutes(store, id)
  if (seriesId !== undefined) meta = (await store.setSeries(id, seriesId)) ?? missing(id)
  if (title !== undefined) meta = (await store.renameDocument(id, title)) ?? missing(id)
  return meta
}

function missing(id: string): never {
  throw new DocumentNotFoundError(id)
}
