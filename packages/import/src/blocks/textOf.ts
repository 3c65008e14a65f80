import type { JSONContent } from '@tiptap/core'

/** The text of a node and everything in it, line breaks read as spaces. */
export function textOf(node: JSONContent): string {
  if (node.type === 'hardBreak') return ' '
  return node.text ?? (node.content ?? []).map(textOf).join('')
}
