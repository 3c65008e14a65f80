import type { JSONContent } from '@tiptap/core'

/** A paragraph holding `text` as plain text. */
export function paragraph(text: string): JSONContent {
  return { type: 'paragraph', content: [{ type: 'text', text }] }
}
