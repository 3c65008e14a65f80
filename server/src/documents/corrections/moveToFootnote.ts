import * as Y from 'yjs'
import type { Revert } from '../history/revertToSnapshot'
import type { FoundCorrection } from './findCorrections'

/** Characters written again as copies: `[copyClient, copyClock, originClient, originClock, length]`. */
export type MovedRun = [number, number, number, number, number]

export interface FootnoteChange extends Revert {
  /** The rest of the paragraph, written again after the footnote, and where each part came from. */
  moved: MovedRun[]
}

/**
 * Computes, without touching `doc`, a NEW change that moves the words a correction inserted out
 * of the sentence into a footnote at that place. A footnote is an inline node, so the text after
 * it continues in a text of its own (as the editor itself writes it): the rest of the paragraph
 * is written again after the footnote, with its formatting, and the copies are told (`moved`)
 * so that the corrections in it stay whose they were. Undefined when none of the words are left.
 */
export function moveToFootnote(
  doc: Y.Doc,
  correction: FoundCorrection,
): FootnoteChange | undefined {
  const first = correction.insertions[0]
  const last = correction.insertions.at(-1)
  if (!first || !last) return undefined
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
    const lastItem = Y.getItem(copy.store, Y.createID(last[0], last[1] + last[2] - 1))
    if (lastItem.deleted || lastItem.parent !== text) return undefined
    // From its first inserted character to its last: what a person reads as the insertion.
    const start = offsetOf(item, first[1] - item.id.clock)
    const end = offsetOf(lastItem, last[1] + last[2] - 1 - lastItem.id.clock) + 1
    const words = plainText(text.toDelta() as DeltaInsert[])
      .slice(start, end)
      .trim()
    if (words === '') return undefined
    let change: Uint8Array | undefined
    copy.on('update', (update: Uint8Array) => {
      change = change ? Y.mergeUpdates([change, update]) : update
    })
    const origins = characterIds(text, end)
    let after: Y.XmlText | undefined
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
      after = new Y.XmlText()
      paragraph.insert(index + 1, [footnote, after])
      after.applyDelta(rest)
    })
    const copies = after ? characterIds(after, 0) : []
    const moved: MovedRun[] = []
    copies.forEach((copyId, index) => {
      const origin = origins[index]
      if (!origin) return
      const last = moved.at(-1)
      const continues =
        last &&
        last[0] === copyId.client &&
        last[1] + last[4] === copyId.clock &&
        last[2] === origin.client &&
        last[3] + last[4] === origin.clock
      if (last && continues) last[4] += 1
      else moved.push([copyId.client, copyId.clock, origin.client, origin.clock, 1])
    })
    return change && { update: change, clientId: copy.clientID, moved }
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

/** The ids of the characters a text shows, from position `from` on. */
function characterIds(text: Y.XmlText, from: number): Y.ID[] {
  const ids: Y.ID[] = []
  let position = 0
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue
    for (let offset = 0; offset < item.length; offset++, position++) {
      if (position >= from) ids.push(Y.createID(item.id.client, item.id.clock + offset))
    }
  }
  return ids
}

function plainText(delta: readonly DeltaInsert[]): string {
  return delta.map(({ insert }) => (typeof insert === 'string' ? insert : ' ')).join('')
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
