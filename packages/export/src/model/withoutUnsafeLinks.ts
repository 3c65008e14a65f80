import type { JSONContent } from '@tiptap/core'
import { safeHref } from './safeHref'

/** A copy of the content whose link marks all point at http, https or mailto; others are unlinked. */
export function withoutUnsafeLinks(node: JSONContent): JSONContent {
  const copy: JSONContent = { ...node }
  if (node.marks) {
    copy.marks = node.marks.flatMap((mark) => {
      if (mark.type !== 'link') return [mark]
      const href = safeHref(mark.attrs?.href)
      return href ? [{ ...mark, attrs: { ...mark.attrs, href } }] : []
    })
    if (copy.marks.length === 0) delete copy.marks
  }
  if (node.content) copy.content = node.content.map(withoutUnsafeLinks)
  return copy
}
