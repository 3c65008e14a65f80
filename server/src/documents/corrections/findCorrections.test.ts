import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { findCorrections } from './findCorrections'
import { moveToFootnote } from './moveToFootnote'
import { revertCorrection } from './revertCorrection'

/** A document with two speakers' sections and a paragraph of the secretariat's, written by client 1. */
function circulated() {
  const doc = new Y.Doc({ gc: false })
  doc.clientID = 1
  const fragment = doc.getXmlFragment('default')
  const section = (speakerId: string, words: string) => {
    const element = new Y.XmlElement('speakerSection')
    element.setAttribute('speakerId', speakerId)
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(words)])
    element.insert(0, [paragraph])
    return element
  }
  const plain = new Y.XmlElement('paragraph')
  plain.insert(0, [new Y.XmlText('The chair opened the meeting.')])
  fragment.insert(0, [
    plain,
    section('p-ada', 'We need ten more staff.'),
    section('p-bo', 'The budget is final.'),
  ])
  return doc
}

/** A peer writing with its own client id, as a person's browser would. */
function peer(doc: Y.Doc, clientId: number) {
  const copy = new Y.Doc({ gc: false })
  copy.clientID = clientId
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

const nothingSettled = {
  isSettled: () => false,
  isMovedAway: () => false,
  originOf: () => undefined,
}

const textOf = (doc: Y.Doc, block: number) => {
  const element = doc.getXmlFragment('default').get(block) as Y.XmlElement
  const inner = element.nodeName === 'paragraph' ? element : (element.get(0) as Y.XmlElement)
  return inner.get(0) as Y.XmlText
}

describe('findCorrections', () => {
  it('groups each person’s keystrokes in one place, inside speakers’ blocks only, and reverts one alone', () => {
    const doc = circulated()
    const from = Y.snapshot(doc)
    const ada = peer(doc, 2)
    const clerk = peer(doc, 3)
    // Ada changes "ten" to "twelve" keystroke by keystroke, with a typo taken back.
    const adaText = textOf(ada, 1)
    adaText.delete(8, 3)
    for (const [index, character] of [...'twelvx'].entries()) adaText.insert(8 + index, character)
    adaText.delete(13, 1)
    adaText.insert(13, 'e')
    // The clerk edits outside the sections and in Bo's section.
    textOf(clerk, 0).insert(0, 'Today ')
    textOf(clerk, 2).insert(20, ' for now')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ada))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(clerk))
    const attribution = {
      inserterOf: (client: number) => ({ 1: 'server', 2: 'ada', 3: 'clerk' })[client],
      deleterOf: () => 'ada',
    }
    const corrections = findCorrections(
      doc.getXmlFragment('default'),
      from,
      Y.snapshot(doc),
      attribution,
      nothingSettled,
    )
    expect(
      corrections.map(({ speakerId, author, inserted, deleted }) => ({
        speakerId,
        author,
        inserted,
        deleted,
      })),
    ).toEqual([
      { speakerId: 'p-ada', author: 'ada', inserted: 'twelve', deleted: 'ten' },
      { speakerId: 'p-bo', author: 'clerk', inserted: ' for now', deleted: '' },
    ])
    expect(textOf(doc, 1).toString()).toBe('We need twelve more staff.')

    // Reverting Ada's correction brings "ten" back and leaves the clerk's edits as they are.
    const [adas] = corrections
    const revert = revertCorrection(doc, 'default', adas ?? { insertions: [], deletions: [] })
    expect(revert).toBeDefined()
    const other = peer(doc, 4)
    Y.applyUpdate(doc, revert?.update ?? new Uint8Array())
    Y.applyUpdate(other, revert?.update ?? new Uint8Array())
    for (const copy of [doc, other]) {
      expect(textOf(copy, 1).toString()).toBe('We need ten more staff.')
      expect(textOf(copy, 0).toString()).toBe('Today The chair opened the meeting.')
      expect(textOf(copy, 2).toString()).toBe('The budget is final. for now')
    }
  })

  it('moves inserted words into a footnote at their place, the rest of the sentence kept', () => {
    const doc = circulated()
    const from = Y.snapshot(doc)
    const bo = peer(doc, 5)
    textOf(bo, 2).insert(19, ' for this year')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(bo))
    const [correction] = findCorrections(
      doc.getXmlFragment('default'),
      from,
      Y.snapshot(doc),
      { inserterOf: () => 'bo', deleterOf: () => 'bo' },
      nothingSettled,
    )
    const change = correction && moveToFootnote(doc, correction)
    expect(change).toBeDefined()
    Y.applyUpdate(doc, change?.update ?? new Uint8Array())
    const paragraph = (doc.getXmlFragment('default').get(2) as Y.XmlElement).get(0) as Y.XmlElement
    expect(paragraph.toString()).toBe(
      '<paragraph>The budget is final<footnote text="for this year"></footnote>.</paragraph>',
    )
  })

  it('reads an insertion the editor split around a reused letter, and a replacement in whole words', () => {
    const doc = circulated()
    const from = Y.snapshot(doc)
    const ada = peer(doc, 6)
    const text = textOf(ada, 1)
    // "We need ten more staff." → "Briefly, we need twelve more staff.", as the editor diffs it:
    // "Bri" before the old "W"… here: before "We", then "fly, W" after the reused "W".
    text.insert(0, 'Bri')
    text.insert(4, 'fly, W')
    // "ten" → "twelve": the "t" kept, "en" deleted, "welve" inserted.
    const at = text.toString().indexOf('ten')
    text.delete(at + 1, 2)
    text.insert(at + 1, 'welve')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(ada))
    expect(textOf(doc, 1).toString()).toBe('BriWfly, We need twelve more staff.')
    const corrections = findCorrections(
      doc.getXmlFragment('default'),
      from,
      Y.snapshot(doc),
      { inserterOf: () => 'ada', deleterOf: () => 'ada' },
      nothingSettled,
    )
    expect(corrections.map(({ inserted, deleted }) => [inserted, deleted])).toEqual([
      ['BriWfly, ', ''],
      ['twelve', 'ten'],
    ])
  })
})
