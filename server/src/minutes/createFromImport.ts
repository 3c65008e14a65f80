import type { ImportReport } from '@minutes/import'
import type { DocumentStore } from '../persistence/DocumentStore'
import { createMinutes } from './createMinutes'
import { type Importer, type MinutesUpload, readImport } from './readImport'

/** Creates minutes from a file: created whole, or not at all with an error saying why. */
export async function createFromImport(
  store: DocumentStore,
  importer: Importer,
  upload: MinutesUpload,
): Promise<{ id: string; title: string; report: ImportReport }> {
  const { title, result } = await readImport(importer, upload)
  const { id } = await createMinutes(store, { title, imported: result })
  return { id, title, report: result.report }
}
