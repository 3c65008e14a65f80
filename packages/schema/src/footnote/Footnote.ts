import { mergeAttributes, Node } from '@tiptap/core'
import { dataAttribute } from '../shared/attributes'
import { type AttributeChecks, text } from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'

/** A footnote's words are one short passage: the new material a speaker added. */
export const maxFootnoteLength = 2000

export const footnoteAttributeChecks = { text: text(maxFootnoteLength) } satisfies AttributeChecks

export interface FootnoteAttributes {
  text: string
}

export function readFootnoteAttributes({ attrs = {} }: WithAttributes): FootnoteAttributes {
  return { text: readOptionalText(attrs.text, footnoteAttributeChecks.text) ?? '' }
}

/**
 * A numbered footnote at its place in the text, holding its words as an attribute: new material
 * accepted in the correction round moves out of the sentence into one. Numbers follow the order
 * of footnotes in the document (the editor counts them with CSS, the exports as they write).
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return { text: dataAttribute('text', 'text', footnoteAttributeChecks.text, '') }
  },

  parseHTML() {
    return [{ tag: 'sup[data-type="footnote"]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    // The words show on hover and are read out; the number comes from the page's stylesheet.
    const { text } = readFootnoteAttributes(node)
    return [
      'sup',
      mergeAttributes(HTMLAttributes, {
        'data-type': 'footnote',
        class: 'footnote',
        title: text,
        'aria-label': `Footnote: ${text}`,
      }),
    ]
  },

  renderText({ node }) {
    return ` [${readFootnoteAttributes(node).text}]`
  },
})
