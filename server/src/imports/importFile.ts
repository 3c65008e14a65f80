import {
  type ArchiveLimits,
  DocxImportError,
  hasZipSignature,
  type ImportResult,
  importDocx,
  importMinutes,
} from '@minutes/import'
import { ImportFailure } from './ImportFailure'

/** A file to import as it arrived: its name and type when known, and its bytes. */
export interface ImportFile {
  name: string | undefined
  contentType: string
  bytes: Uint8Array
}

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const accepted = 'Import takes Word (.docx), plain text (.txt) and Markdown (.md) minutes.'

/**
 * A Word document by its name, type or ZIP signature; anything else must be UTF-8 text,
 * Markdown by its name or type. Throws an `ImportFailure` saying why a file is refused.
 */
export async function importFile(file: ImportFile, limits: ArchiveLimits): Promise<ImportResult> {
  const { name, contentType, bytes } = file
  if (bytes.length === 0)
    throw new ImportFailure(400, 'The file is empty: there is nothing to import.')
  if (isWordFile(file)) {
    try {
      return await importDocx(bytes, limits)
    } catch (error) {
      if (error instanceof DocxImportError) throw ImportFailure.fromDocx(error)
      throw error
    }
  }
  const text = decodeText(bytes, name)
  if (text.trim() === '')
    throw new ImportFailure(400, 'The file is empty: there is nothing to import.')
  const isMarkdown = /markdown/.test(contentType) || /\.(md|markdown)$/i.test(name ?? '')
  return importMinutes(text, { format: isMarkdown ? 'markdown' : 'text' })
}

export function isWordFile({ name, contentType, bytes }: ImportFile): boolean {
  return /\.docx$/i.test(name ?? '') || contentType.startsWith(docxType) || hasZipSignature(bytes)
}

function decodeText(bytes: Uint8Array, name: string | undefined): string {
  const described = name ? `"${name}"` : 'The file'
  if (bytes.includes(0)) {
    throw new ImportFailure(
      415,
      `${described} is neither UTF-8 text nor a Word document. ${accepted}`,
    )
  }
  try {
    // A byte-order mark is not part of the minutes.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new ImportFailure(
      415,
      `${described} is not UTF-8 text. ${accepted} Save it as UTF-8 text, or as .docx, and try again.`,
    )
  }
}
