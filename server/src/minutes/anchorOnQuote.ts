import { CONTENT_FRAGMENT_NAME, type ThreadAnchor } from '@minutes/schema'
import * as Y from 'yjs'

/**
 * A thread's anchor on the `occurrence`-th (from 1) exact occurrence of `quote` in the minutes'
 * text, in document order, or undefined when there is none. A quote is found within one run of
 * text (a paragraph, a heading, a cell), as a person selects it.
 */
export function anchorOnQuote(doc: Y.Doc, quote: string, occurrence = 1): ThreadAnchor | undefined {
  let seen = 0
  for (const text of textsInOrder(doc.getXmlFragment(CONTENT_FRAGMENT_NAME))) {
    const plain = plainText(text)
    for (let index = plain.indexOf(quote); index >= 0; index = plain.indexOf(quote, index + 1)) {
      seen += 1
      if (seen < occurrence) continue
      return {
        start: encode(Y.createRelativePositionFromTypeIndex(text, index)),
        end: encode(Y.createRelativePositionFromTypeIndex(text, index + quote.length, -1)),
        quote,
      }
    }
  }
  return undefined
}

/** Whether a thread's text is still there: both ends placed, in one order, not deleted. */
export function isAnchored(doc: Y.Doc, anchor: Pick<ThreadAnchor, 'start' | 'end'>): boolean {
  const start = decode(doc, anchor.start)
  const end = decode(doc, anchor.end)
  if (!start || !end || isGone(start.type) || isGone(end.type)) return false
  return start.type !== end.type || start.index < end.index
}

function* textsInOrder(type: Y.XmlFragment | Y.XmlElement): Generator<Y.XmlText> {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) yield child
    else if (child instanceof Y.XmlElement) yield* textsInOrder(child)
  }
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[])
    .map(({ insert }) => (typeof insert === 'string' ? insert : ''))
    .join('')
}

function encode(position: Y.RelativePosition): string {
  return Buffer.from(Y.encodeRelativePosition(position)).toString('base64')
}

function decode(doc: Y.Doc, encoded: string): Y.AbsolutePosition | null {
  try {
    return Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(Buffer.from(encoded, 'base64')),
      doc,
    )
  } catch {
    return null
  }
}

function isGone(type: Y.AbstractType<unknown>): boolean {
  for (let item = type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) {
    if (item.deleted) return true
  }
  return false
}
