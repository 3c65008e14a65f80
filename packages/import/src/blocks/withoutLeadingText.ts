import type { JSONContent } from '@tiptap/core'

/** The paragraph without its first `length` characters of text, marks kept on what remains. */
export function withoutLeadingText(paragraph: JSONContent, length: number): JSONContent {
  let remaining = length
  const content: JSONContent[] = []
  for (const node of paragraph.content ?? []) {
    const text = node.text ?? ''
    if (remaining >= text.length && node.type === 'text') {
      remaining -= text.length
      continue
    }
    content.push(remaining > 0 ? { ...node, text: text.slice(remaining) } : node)
    remaining = 0
  }
  return content.length > 0 ? { ...paragraph, content } : { type: 'paragraph' }
}
