import { isSafeHref } from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Inline, Marks } from './RenderModel'

/** The text of a textblock with its formatting, and only the links `isSafeHref` allows. */
export function buildInlines(textblock: ProseMirrorNode): Inline[] {
  const result: Inline[] = []
  textblock.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      result.push({ type: 'break' })
      return
    }
    const marks: Marks = {}
    let href: string | undefined
    for (const mark of child.marks) {
      const name = mark.type.name
      if (name === 'link') {
        const target: unknown = mark.attrs.href
        href = isSafeHref(target) ? target : undefined
      } else if (name === 'bold' || name === 'italic' || name === 'underline') marks[name] = true
      else if (name === 'strike' || name === 'code') marks[name] = true
    }
    const text = child.isText ? (child.text ?? '') : child.textContent
    result.push(href ? { type: 'text', text, marks, href } : { type: 'text', text, marks })
  })
  return result
}

/** Text with no formatting: a title, a table heading, a value. */
export function plainText(text: string): Inline {
  return { type: 'text', text, marks: {} }
}
