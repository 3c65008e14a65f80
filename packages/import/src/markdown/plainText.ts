import { parseInline } from './parseInline'

/** A line's text with its inline Markdown markers removed, for recognisers to match on. */
export function plainText(raw: string): string {
  return parseInline(raw)
    .map((node) => node.text ?? '')
    .join('')
}
