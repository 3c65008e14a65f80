import type { ImportResult } from '@minutes/import'
import { createDocumentId } from '../documents/documentId'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { DocumentStore } from '../persistence/DocumentStore'
import { decideTitle } from './decideTitle'
import { mattersArising } from './mattersArising'
import { readSeriesRegisters } from './readSeries'

export interface NewMinutes {
  title: string | undefined
  /** Content read from a file: it goes into the document once, here, never from a client. */
  imported?: Pick<ImportResult, 'content' | 'people'>
  /** The series they are a meeting of; SeriesNotFoundError if there is none such. */
  seriesId?: string | null
  /** Start with the open actions of the series' last meeting ("Matters arising"). */
  carryOpenActions?: boolean
}

/**
 * Creates minutes, empty, with imported content, or with the open actions of their series' last
 * meeting. Content the model cannot hold throws
 * `InvalidMinutesError` before anything is stored.
 */
export async function createMinutes(
  store: DocumentStore,
  { title, imported, seriesId = null, carryOpenActions = false }: NewMinutes,
): Promise<{ id: string; title: string }> {
  const decided = decideTitle(title)
  const arising =
    carryOpenActions && seriesId !== null
      ? mattersArising((await readSeriesRegisters(store, seriesId)).meetings)
      : undefined
  const start = imported ?? arising
  const initialState = start && encodeMinutesState(start.content, start.people)
  const id = createDocumentId()
  await store.createDocument({ id, title: decided, initialState, seriesId })
  return { id, title: decided }
}
