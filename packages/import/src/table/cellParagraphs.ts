import type { JSONContent } from '@tiptap/core'
import { paragraphOf } from '../blocks/paragraphOf'
import type { ImportFormat } from '../ImportResult'

/** A cell's text as paragraphs: a `<br>` (not an escaped `\<br>`) parts it, as Markdown tables write line breaks. */
export function cellParagraphs(cell: string, format: ImportFormat): JSONContent[] {
  const pieces = cell.split(/(?<!\\)<br\s*\/?>/i).map((piece) => piece.trim())
  const written = pieces.filter((piece) => piece !== '')
  if (written.length === 0) return [paragraphOf([''], format)]
  return written.map((piece) =>
    paragraphOf([format === 'text' ? piece.replace(/\\\|/g, '|') : piece], format),
  )
}
