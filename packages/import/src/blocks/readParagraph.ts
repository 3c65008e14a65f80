import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import { endsInLineBreak } from './endsInLineBreak'
import { paragraphOf } from './paragraphOf'

/**
 * The paragraph starting at `index`: its line (or `firstText`, what is left of it once a
 * recogniser took the start) and the text lines after it, up to the next recognised block.
 * In plain text a line that ends a sentence ends the paragraph; Markdown wraps freely; where
 * each line is a paragraph, only a line break runs on.
 */
export function readParagraph(
  context: ImportContext,
  index: number,
  firstText?: string,
): { node: JSONContent; next: number } {
  const pieces = [firstText ?? context.line(index)?.text ?? '']
  let next = index + 1
  for (let line = context.line(next); line?.shape.kind === 'text'; line = context.line(next)) {
    if (context.format === 'text' && /[.!?]["'’”)]*$/.test(pieces.at(-1) ?? '')) break
    if (context.paragraphPerLine && !endsInLineBreak(pieces.at(-1) ?? '')) break
    if (context.startsBlock(next)) break
    pieces.push(line.text)
    next++
  }
  return { node: paragraphOf(pieces, context.format), next }
}
