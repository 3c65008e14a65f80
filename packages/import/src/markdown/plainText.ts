import type { ImportFormat } from '../ImportResult'
import { parseInline } from './parseInline'

/** A line's text with its inline Markdown markers (and, in Markdown, its escapes) removed, for recognisers to match on. */
export function plainText(raw: string, format?: ImportFormat): string {
  return parseInline(raw, format)
    .map((node) => node.text ?? '')
    .join('')
}
