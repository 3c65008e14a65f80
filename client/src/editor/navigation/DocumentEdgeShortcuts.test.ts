// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentEdgeShortcuts, moveToDocumentEdge } from './DocumentEdgeShortcuts'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening words'),
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-ada' },
      content: [paragraph('Ada said this'), paragraph('and then that')],
    },
    paragraph('Closing words'),
  ],
}

function createEditor(): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...minutesExtensions(), DocumentEdgeShortcuts],
    content: minutes,
  })
  editors.push(editor)
  return editor
}

const textAt = (editor: Editor, position: number) =>
  editor.state.doc.resolve(position).parent.textContent

function press(editor: Editor, key: string, modifiers: KeyboardEventInit = {}): void {
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers }),
  )
}

describe('moveToDocumentEdge', () => {
  it('puts the caret at the end of the last block and at the start of the first', () => {
    const editor = createEditor()
    editor.commands.setTextSelection(20)
    editor.view.dispatch(moveToDocumentEdge(editor.state, 'end', false))
    const { from, to } = editor.state.selection
    expect(from).toBe(to)
    expect(textAt(editor, from)).toBe('Closing words')
    expect(editor.state.doc.resolve(from).parentOffset).toBe('Closing words'.length)
    editor.view.dispatch(moveToDocumentEdge(editor.state, 'start', false))
    expect(textAt(editor, editor.state.selection.from)).toBe('Opening words')
    expect(editor.state.doc.resolve(editor.state.selection.from).parentOffset).toBe(0)
  })

  it('stretches the selection to the edge from where it was anchored', () => {
    const editor = createEditor()
    editor.commands.setTextSelection(20)
    editor.view.dispatch(moveToDocumentEdge(editor.state, 'end', true))
    expect(editor.state.selection.anchor).toBe(20)
    expect(textAt(editor, editor.state.selection.head)).toBe('Closing words')
    editor.view.dispatch(moveToDocumentEdge(editor.state, 'start', true))
    expect(editor.state.selection.anchor).toBe(20)
    expect(editor.state.selection.head).toBe(1)
  })
})

describe('DocumentEdgeShortcuts', () => {
  it('answers Ctrl+End, Ctrl+Home and Shift+Ctrl+End from the keyboard', () => {
    const editor = createEditor()
    editor.commands.setTextSelection(20)
    press(editor, 'End', { ctrlKey: true })
    expect(textAt(editor, editor.state.selection.head)).toBe('Closing words')
    press(editor, 'Home', { ctrlKey: true })
    expect(editor.state.selection.head).toBe(1)
    press(editor, 'End', { ctrlKey: true, shiftKey: true })
    expect(editor.state.selection.anchor).toBe(1)
    expect(textAt(editor, editor.state.selection.head)).toBe('Closing words')
  })

  it('leaves Ctrl+↓ to the browser off a Mac (it moves by paragraph there)', () => {
    const editor = createEditor()
    editor.commands.setTextSelection(20)
    press(editor, 'ArrowDown', { ctrlKey: true })
    expect(editor.state.selection.head).toBe(20)
  })
})
