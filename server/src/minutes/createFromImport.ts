import type { ImportReport } from '@minutes/import'
import type { DocumentStore } from '../persistence/DocumentStore'
import { createMinutes } from './createMinutes'
import { findSeries } from './findSeries'
import { type Importer, type MinutesUpload, readImport } from './readImport'

/** Creates minutes from a file: created whole, or not at all with an error saying why. */
export async function createFromImport(
  store: DocumentStore,
  importer: Importer,
  upload: MinutesUpload,
  seriesId: string | null = null,
): Promise<{ id: string; title: string; report: ImportReport }> {
  // Before the file is read: an unknown series should not cost an import.
  if (seriesId !== null) await findSeries(store, seriesId)
  const { title, result } = await readImport(importer, upload)
  const { id } = await createMinutes(store, { title, imported: result, seriesId })
  return { id, title, report: result.report }
}
