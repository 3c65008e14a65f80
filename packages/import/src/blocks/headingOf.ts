import type { JSONContent } from '@tiptap/core'
import type { ImportFormat } from '../ImportResult'
import { parseInline } from '../markdown/parseInline'

export function headingOf(level: number, text: string, format: ImportFormat): JSONContent {
  const content = parseInline(text, format)
  return content.length > 0
    ? { type: 'heading', attrs: { level }, content }
    : { type: 'heading', attrs: { level } }
}
