import type mammothModule from 'mammoth'
import type { ImportResult } from '../ImportResult'
import { importLines } from '../importMinutes'
import { DocxImportError } from './DocxImportError'
import { hasZipSignature } from './hasZipSignature'
import { htmlToLines } from './htmlToLines'
import { parseHtml } from './parseHtml'
import { type ArchiveLimits, archiveLimits } from './readZipDirectory'
import { repackDocx } from './repackDocx'

// Beside mammoth's own map (Heading 1–6 and the like): the styles Word offers for titles and quotes.
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Strong'] => strong",
]

let mammothLoading: Promise<typeof mammothModule> | undefined

/** Mammoth is loaded at the first Word import: a process that reads no Word file never holds it. */
function loadMammoth() {
  mammothLoading ??= import('mammoth').then(({ default: mammoth }) => mammoth)
  return mammothLoading
}

/**
 * Minutes in a Word document (.docx) → the same structured document, people register and
 * report as `importMinutes`. Mammoth reads the document as HTML (headings by style, lists with
 * their nesting, tables, bold and italic); `htmlToLines` turns that into the importer's lines,
 * one per paragraph, so the same recognisers read it. Report lines count the document's
 * paragraphs, list items and table rows. Throws a `DocxImportError` for an empty file, a
 * file that is no ZIP archive, one that would expand past `limits` and one that Word would
 * not open either; the archive is checked and inflated within bounds before mammoth reads it.
 */
export async function importDocx(
  bytes: Uint8Array,
  limits: ArchiveLimits = archiveLimits,
): Promise<ImportResult> {
  if (bytes.length === 0) {
    throw new DocxImportError('empty', 'The file is empty: there is nothing to import.')
  }
  if (!hasZipSignature(bytes)) {
    throw new DocxImportError(
      'notDocx',
      'The file could not be read as a Word document: it is not a .docx file. Save the minutes from Word as .docx, or as text or Markdown, and try again.',
    )
  }
  const buffer = repackDocx(bytes, limits)
  let html: string
  try {
    const mammoth = await loadMammoth()
    // Images carry no words of the minutes; this keeps mammoth from reading their data at all.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }))
    html = (await mammoth.convertToHtml({ buffer }, { styleMap, convertImage })).value
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new DocxImportError(
      'unreadable',
      `The file could not be read as a Word document (${reason.replace(/\.$/, '')}). Open it in Word, save it again as .docx and try again.`,
    )
  }
  const lines = htmlToLines(parseHtml(html))
  if (lines.every((line) => line.text.trim() === '')) {
    throw new DocxImportError('empty', 'The Word document has no text: there is nothing to import.')
  }
  return importLines(lines, 'markdown', true)
}
