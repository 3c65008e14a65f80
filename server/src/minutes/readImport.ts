import { type ImportResult, suggestTitle } from '@minutes/import'
import type { ImportFile } from '../imports/importFile'
import { decideTitle } from './decideTitle'

/** Reads files into minutes; `BoundedImporter` does it in a worker with bounded memory and time. */
export interface Importer {
  importFile(file: ImportFile): Promise<ImportResult>
}

/** A file to import, with the title it was given (checked by `Title`), if any. */
export interface MinutesUpload {
  file: ImportFile
  title: string | undefined
}

/**
 * What a file holds and the title its minutes get, creating nothing. A file that cannot be
 * imported throws an `ImportFailure` saying why.
 */
export async function readImport(
  importer: Importer,
  { file, title }: MinutesUpload,
): Promise<{ title: string; result: ImportResult }> {
  const result = await importer.importFile(file)
  return { title: decideTitle(title, suggestTitle(result, file.name)), result }
}
