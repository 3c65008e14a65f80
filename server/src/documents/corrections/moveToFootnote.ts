import * as Y from 'yjs'
import type { Revert } from '../history/revertToSnapshot'
import type { FoundCorrection } from './findCorrections'

/**
 * Computes, without touching `doc`, a NEW change that moves the words a correction inserted out
 * of the sentence into a footnote at that place. A footnote is an inline node, so the text after
 * it continues in a text of its own (as the editor itself writes it): the rest of the paragraph
 * is written again after the footnote, with its formatting. Undefined when none of the inserted
 * words are left.
 */
export function moveToFootnote(doc: Y.Doc, correction: FoundCorrection): Revert | undefined {
  const [first] = correction.insertions
  const words = correction.inserted.trim()
  if (!first || words === '') return undefined
  const copy = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    while (Y.getState(doc.store, copy.clientID) > 0 || copy.clientID === doc.clientID) {
      copy.clientID = Math.floor(Math.random() * 2 ** 31)
    }
    const item = Y.getItem(copy.store, Y.createID(first[0], first[1]))
    const text = item.parent
    const paragraph = text instanceof Y.XmlText ? text.parent : null
    if (item.deleted || !(text instanceof Y.XmlText) || !(paragraph instanceof Y.XmlElement)) {
      return undefined
    }
    const start = offsetOf(item, first[1] - item.id.clock)
    const end = start + correction.inserted.length
    let change: Uint8Array | undefined
    copy.on('update', (update: Uint8Array) => {
      change = change ? Y.mergeUpdates([change, update]) : update
    })
    copy.transact(() => {
      const rest = sliceDelta(text.toDelta() as DeltaInsert[], end)
      text.delete(start, text.length - start)
      const footnote = new Y.XmlElement('footnote')
      footnote.setAttribute('text', words)
      const index = paragraph.toArray().indexOf(text)
      if (rest.length === 0) {
        paragraph.insert(index + 1, [footnote])
        return
      }
      const after = new Y.XmlText()
      paragraph.insert(index + 1, [footnote, after])
      after.applyDelta(rest)
    })
    return change && { update: change, clientId: copy.clientID }
  } finally {
    copy.destroy()
  }
}

interface DeltaInsert {
  insert: string | object
  attributes?: Record<string, unknown>
}

/** The position, in its text, of the character `within` characters into `item`. */
function offsetOf(item: Y.Item, within: number): number {
  let offset = 0
  for (let left = item.left; left !== null; left = left.left) {
    if (!left.deleted && left.countable) offset += left.length
  }
  return offset + within
}

/** What a text's delta holds from position `from` on. */
function sliceDelta(delta: readonly DeltaInsert[], from: number): DeltaInsert[] {
  const rest: DeltaInsert[] = []
  let position = 0
  for (const op of delta) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1
    if (position + length > from) {
      const skip = Math.max(0, from - position)
      const insert = typeof op.insert === 'string' ? op.insert.slice(skip) : op.insert
      rest.push(op.attributes ? { insert, attributes: op.attributes } : { insert })
    }
    position += length
  }
  return rest
}
