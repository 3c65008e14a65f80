import type { JSONContent } from '@tiptap/core'

/** The paragraph's first `length` characters of text, marks kept, trailing space dropped. */
export function withoutTrailingText(paragraph: JSONContent, length: number): JSONContent {
  let remaining = length
  const content: JSONContent[] = []
  for (const node of paragraph.content ?? []) {
    if (remaining <= 0) break
    const text = node.type === 'text' ? (node.text ?? '') : ' '
    content.push(text.length > remaining ? { ...node, text: text.slice(0, remaining) } : node)
    remaining -= text.length
  }
  const last = content.at(-1)
  if (last?.type === 'text') {
    const trimmed = (last.text ?? '').trimEnd()
    if (trimmed === '') content.pop()
    else content[content.length - 1] = { ...last, text: trimmed }
  }
  return content.length > 0 ? { ...paragraph, content } : { type: 'paragraph' }
}
