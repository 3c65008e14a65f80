import type { ImportReport } from '@minutes/import'
import type { DocumentStore } from '../persistence/DocumentStore'
import { createMinutes } from './createMinutes'
import { findSamePeople, personIdsOf, withSeriesPeople } from './findSamePeople'
import { findSeries } from './findSeries'
import { type Importer, type MinutesUpload, readImport } from './readImport'
import { readSeriesRegisters } from './readSeries'

export interface ImportPlace {
  /** The series the minutes are a meeting of. */
  seriesId: string | null
  /**
   * Whether people found in the series' meetings by name and organisation are those people
   * (the preview lists them, `previewImport`, for the person to confirm).
   */
  samePeople: boolean
}

/** Creates minutes from a file: created whole, or not at all with an error saying why. */
export async function createFromImport(
  store: DocumentStore,
  importer: Importer,
  upload: MinutesUpload,
  { seriesId, samePeople }: ImportPlace = { seriesId: null, samePeople: false },
): Promise<{ id: string; title: string; report: ImportReport }> {
  // Before the file is read: an unknown series should not cost an import.
  if (seriesId !== null) await findSeries(store, seriesId)
  const { title, result } = await readImport(importer, upload)
  const meetings = seriesId !== null ? (await readSeriesRegisters(store, seriesId)).meetings : []
  const same = samePeople ? findSamePeople(result.people, meetings) : []
  const imported = withSeriesPeople(result, same, personIdsOf(meetings))
  const { id } = await createMinutes(store, { title, imported, seriesId })
  return { id, title, report: result.report }
}
