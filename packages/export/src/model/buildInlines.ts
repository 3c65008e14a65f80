import { isSafeHref, readFootnoteAttributes } from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Inline, Marks } from './RenderModel'

/** Numbers the footnotes of one walk in document order and keeps their words. */
export class FootnoteCounter {
  readonly footnotes: string[] = []

  add(text: string): Inline {
    this.footnotes.push(text)
    return { type: 'footnote', number: this.footnotes.length }
  }
}

/**
 * The text of a textblock with its formatting, and only the links `isSafeHref` allows; its
 * footnotes are numbered by `footnotes` (left out without one: a title has none).
 */
export function buildInlines(textblock: ProseMirrorNode, footnotes?: FootnoteCounter): Inline[] {
  const result: Inline[] = []
  textblock.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      result.push({ type: 'break' })
      return
    }
    if (child.type.name === 'footnote') {
      if (footnotes) result.push(footnotes.add(readFootnoteAttributes(child).text))
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
