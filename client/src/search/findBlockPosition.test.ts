// @vitest-environment happy-dom
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { findBlockPosition } from './findBlockPosition'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function editorOn(ydoc: Y.Doc): Editor {
  const editor = new Editor({
    extensions: [
      ...minutesExtensions(),
      Collaboration.configure({ document: ydoc, field: CONTENT_FRAGMENT_NAME }),
    ],
  })
  editors.push(editor)
  return editor
}

const idOf = (type: { _item: Y.Item | null } | undefined) =>
  type?._item ? `${type._item.id.client}-${type._item.id.clock}` : 'none'

describe('findBlockPosition', () => {
  it('finds top-level blocks and the blocks inside a section by their Yjs ids', () => {
    const ydoc = new Y.Doc()
    const editor = editorOn(ydoc)
    editor.commands.setContent({
      type: 'doc',
      content: [
        paragraph('Opening'),
        speakerSection('p1', paragraph('First words'), paragraph('Second words')),
        paragraph('Closing'),
      ],
    })
    const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT_NAME)
    const section = fragment.get(1) as Y.XmlElement
    const at = (blockId: string) => {
      const position = findBlockPosition(ydoc, editor.state.doc, blockId)
      return position === undefined ? undefined : editor.state.doc.nodeAt(position)?.textContent
    }
    expect(at(idOf(fragment.get(2) as Y.XmlElement))).toBe('Closing')
    expect(at(idOf(section.get(1) as Y.XmlElement))).toBe('Second words')
    expect(at(idOf(section))).toBe('First wordsSecond words')
    expect(at('999-999')).toBeUndefined()
  })

  it('finds the same block in a second copy of the document, as another browser has it', () => {
    const first = new Y.Doc()
    editorOn(first).commands.setContent({
      type: 'doc',
      content: [paragraph('One'), speakerSection('p1', paragraph('Two'), paragraph('Three'))],
    })
    const second = new Y.Doc()
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
    const reader = editorOn(second)
    const section = first.getXmlFragment(CONTENT_FRAGMENT_NAME).get(1) as Y.XmlElement
    const position = findBlockPosition(
      second,
      reader.state.doc,
      idOf(section.get(1) as Y.XmlElement),
    )
    expect(reader.state.doc.nodeAt(position ?? -1)?.textContent).toBe('Three')
  })
})
