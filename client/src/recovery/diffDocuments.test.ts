import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { getSchema, type JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Transform } from '@tiptap/pm/transform'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type DocumentChange, diffDocuments, inApplyingOrder } from './diffDocuments'
import { mergeUnsavedWork, minutesOf } from './mergeUnsavedWork'

const schema = getSchema(minutesExtensions())

const section = (speakerId: string, ...texts: string[]): JSONContent => ({
  type: 'speakerSection',
  attrs: { speakerId },
  content: texts.map(paragraph),
})
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('The chair opened the meeting.'),
    section('p-tate', 'Tate said one thing.', 'And a second.'),
    section('p-oyelaran', 'Oyelaran said another.'),
    paragraph('The meeting closed.'),
  ],
}

/** The server's document, and a browser's copy of it made from the server's state. */
function serverAndCopy() {
  const server = prosemirrorJSONToYDoc(schema, minutes, CONTENT_FRAGMENT_NAME)
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server))
  return { server, copy }
}

/** The Y.XmlText of a paragraph, found by the path of child indexes from the top. */
function textAt(doc: Y.Doc, ...path: number[]): Y.XmlText {
  let node: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment(CONTENT_FRAGMENT_NAME)
  for (const index of path) {
    const child: unknown = node.get(index)
    if (!(child instanceof Y.XmlElement)) throw new Error(`No element at ${path.join('/')}`)
    node = child
  }
  const text = node.get(0)
  if (!(text instanceof Y.XmlText)) throw new Error(`No text at ${path.join('/')}`)
  return text
}

function elementAt(doc: Y.Doc, index: number): Y.XmlElement {
  const element = doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(index)
  if (!(element instanceof Y.XmlElement)) throw new Error(`No block at ${index}`)
  return element
}

/** The fresh server minutes, the minutes with the copy's work merged in, and the changes. */
function diffAfterMerge(server: Y.Doc, copy: Y.Doc) {
  const merged = mergeUnsavedWork(server, Y.encodeStateAsUpdate(copy))
  const current = minutesOf(server, schema)
  const wanted = minutesOf(merged, schema)
  return { current, wanted, changes: diffDocuments(current, wanted) }
}

function applyAll(current: ProseMirrorNode, changes: DocumentChange[]): ProseMirrorNode {
  const transform = new Transform(current)
  for (const change of inApplyingOrder(changes)) {
    if (change.kind === 'replace') transform.replace(change.from, change.to, change.slice)
    else transform.setNodeMarkup(change.at, undefined, change.attrs, change.marks)
  }
  return transform.doc
}

/** The text of the current document each change covers, and what it puts there. */
function describeChange(current: ProseMirrorNode, change: DocumentChange) {
  if (change.kind === 'attributes') return { attributesOf: current.nodeAt(change.at)?.type.name }
  return {
    replaces: current.textBetween(change.from, change.to, '|'),
    with: change.slice.content.textBetween(0, change.slice.content.size, '|'),
  }
}

describe('diffDocuments', () => {
  it('finds nothing when the copy holds nothing the server lacks', () => {
    const { server, copy } = serverAndCopy()
    expect(diffAfterMerge(server, copy).changes).toEqual([])
  })

  it('turns one edited paragraph into one small change inside it, with its block as the passage', () => {
    const { server, copy } = serverAndCopy()
    textAt(copy, 1, 0).insert('Tate said one thing.'.length, ' in three towns')
    const { current, wanted, changes } = diffAfterMerge(server, copy)
    expect(changes).toHaveLength(1)
    expect(describeChange(current, changes[0]!)).toEqual({ replaces: '', with: ' in three towns' })
    expect(changes[0]?.passage).toEqual({
      text: 'Tate said one thing. in three towns\nAnd a second.',
      isRemoval: false,
    })
    expect(applyAll(current, changes).eq(wanted)).toBe(true)
  })

  it('keeps edits in two blocks apart, and never undoes what a colleague wrote meanwhile', () => {
    const { server, copy } = serverAndCopy()
    textAt(copy, 1, 1).insert(0, 'Further: ')
    textAt(copy, 2, 0).insert(0, 'Forbidden? ')
    // The clerk, at the same time, on the server.
    textAt(server, 3).insert(0, 'At five, ')
    const { current, wanted, changes } = diffAfterMerge(server, copy)
    expect(changes.map((change) => describeChange(current, change))).toEqual([
      { replaces: '', with: 'Further: ' },
      { replaces: '', with: 'Forbidden? ' },
    ])
    expect(changes.map((change) => change.passage.text)).toEqual([
      'Tate said one thing.\nFurther: And a second.',
      'Forbidden? Oyelaran said another.',
    ])
    const result = applyAll(current, changes)
    expect(result.eq(wanted)).toBe(true)
    expect(result.textContent).toContain('At five, The meeting closed.')
  })

  it('matches unchanged blocks around an inserted one, so the blocks after it stay apart', () => {
    const { server, copy } = serverAndCopy()
    const added = new Y.XmlElement('paragraph')
    added.insert(0, [new Y.XmlText('A new first line.')])
    copy.getXmlFragment(CONTENT_FRAGMENT_NAME).insert(0, [added])
    textAt(copy, 3, 0).insert(0, 'Later: ')
    const { current, wanted, changes } = diffAfterMerge(server, copy)
    expect(changes.map((change) => describeChange(current, change))).toEqual([
      { replaces: '', with: 'A new first line.' },
      { replaces: '', with: 'Later: ' },
    ])
    expect(changes[0]).toMatchObject({ from: 0, to: 0 })
    expect(applyAll(current, changes).eq(wanted)).toBe(true)
  })

  it('reports a removed block with the text that was there, as a removal', () => {
    const { server, copy } = serverAndCopy()
    copy.getXmlFragment(CONTENT_FRAGMENT_NAME).delete(2, 1)
    const { current, wanted, changes } = diffAfterMerge(server, copy)
    expect(changes).toHaveLength(1)
    expect(changes[0]?.passage).toEqual({ text: 'Oyelaran said another.', isRemoval: true })
    expect(applyAll(current, changes).eq(wanted)).toBe(true)
  })

  it('tells a block whose attributes changed from a change inside it', () => {
    const { server, copy } = serverAndCopy()
    elementAt(copy, 2).setAttribute('speakerId', 'p-tate')
    textAt(copy, 2, 0).insert(0, 'Mine now: ')
    const { current, wanted, changes } = diffAfterMerge(server, copy)
    expect(changes.map((change) => describeChange(current, change))).toEqual([
      { attributesOf: 'speakerSection' },
      { replaces: '', with: 'Mine now: ' },
    ])
    expect(applyAll(current, changes).eq(wanted)).toBe(true)
  })

  it('finds the paragraph added inside a section as an insertion inside that section', () => {
    const { server, copy } = serverAndCopy()
    const added = new Y.XmlElement('paragraph')
    added.insert(0, [new Y.XmlText('A third point.')])
    elementAt(copy, 1).insert(2, [added])
    const { current, wanted, changes } = diffAfterMerge(server, copy)
    expect(changes).toHaveLength(1)
    const change = changes[0]!
    expect(change.kind).toBe('replace')
    // Inside the section: after its second paragraph, before the section closes.
    const $from = current.resolve(change.kind === 'replace' ? change.from : 0)
    expect($from.parent.type.name).toBe('speakerSection')
    expect(change.passage.text).toBe('Tate said one thing.\nAnd a second.\nA third point.')
    expect(applyAll(current, changes).eq(wanted)).toBe(true)
  })
})
