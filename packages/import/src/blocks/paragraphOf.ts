import type { JSONContent } from '@tiptap/core'
import type { ImportFormat } from '../ImportResult'
import { parseInline } from '../markdown/parseInline'
import { endsInLineBreak } from './endsInLineBreak'

/** A paragraph of source lines: plain text keeps every line break, Markdown joins wrapped lines. */
export function paragraphOf(lines: readonly string[], format: ImportFormat): JSONContent {
  const content: JSONContent[] = []
  if (format === 'text') {
    lines.forEach((line, index) => {
      if (index > 0) content.push({ type: 'hardBreak' })
      content.push(...parseInline(line, format))
    })
  } else {
    let run: string[] = []
    lines.forEach((line, index) => {
      const breaks = index < lines.length - 1 && endsInLineBreak(line)
      run.push(breaks ? line.slice(0, -1) : line)
      if (!breaks) return
      content.push(...parseInline(run.join(' '), format), { type: 'hardBreak' })
      run = []
    })
    content.push(...parseInline(run.join(' '), format))
  }
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}
