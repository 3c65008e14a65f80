// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { DRAWN_AROUND_CARET_CLASS, DrawnAroundCaret } from './DrawnAroundCaret'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

function createEditor(): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...minutesExtensions(), DrawnAroundCaret],
    content: { type: 'doc', content: [paragraph('One'), paragraph('Two'), paragraph('Three')] },
  })
  editors.push(editor)
  return editor
}

const drawn = (editor: Editor) =>
  [...editor.view.dom.children]
    .filter((block) => block.classList.contains(DRAWN_AROUND_CARET_CLASS))
    .map((block) => block.textContent)

describe('DrawnAroundCaret', () => {
  it('marks the block with the caret, and a new block made by Enter at once', () => {
    const editor = createEditor()
    editor.commands.setTextSelection(7)
    expect(drawn(editor)).toEqual(['Two'])
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    editor.commands.splitBlock()
    expect(drawn(editor)).toEqual([''])
  })

  it('marks both ends of a selection across blocks', () => {
    const editor = createEditor()
    const { doc } = editor.state
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(doc, 2, doc.content.size - 2)),
    )
    expect(drawn(editor)).toEqual(['One', 'Three'])
  })
})
