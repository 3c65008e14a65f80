import type { ImportResult } from '@minutes/import'
import { createDocumentId } from '../documents/documentId'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { DocumentStore } from '../persistence/DocumentStore'
import { decideTitle } from './decideTitle'

export interface NewMinutes {
  title: string | undefined
  /** Content read from a file: it goes into the document once, here, never from a client. */
  imported?: Pick<ImportResult, 'content' | 'people'>
  /** The series they are a meeting of; SeriesNotFoundError if there is none such. */
  seriesId?: string | null
}

/**
 * Creates minutes, empty or with imported content. Content the model cannot hold throws
 * `InvalidMinutesError` before anything is stored.
 */
export async function createMinutes(
  store: DocumentStore,
  { title, imported, seriesId = null }: NewMinutes,
): Promise<{ id: string; title: string }> {
  const decided = decideTitle(title)
  const initialState = imported && encodeMinutesState(imported.content, imported.people)
  const id = createDocumentId()
  await store.createDocument({ id, title: decided, initialState, seriesId })
  return { id, title: decided }
}
