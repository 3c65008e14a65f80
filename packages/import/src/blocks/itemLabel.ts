import type { JSONContent } from '@tiptap/core'
import { textOf } from './textOf'

/** The start of a block's text, short enough for the import report. */
export function itemLabel(node: JSONContent): string {
  const text = textOf(node).replace(/\s+/g, ' ').trim()
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}
