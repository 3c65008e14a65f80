// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor } from '@tiptap/core'
import type { DecorationSet } from '@tiptap/pm/view'
import { afterEach, describe, expect, it } from 'vitest'
import { readNumber } from './readNumber'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const block = (type: string, text: string) => ({
  type,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

describe('readNumber', () => {
  it('reads the number the schema’s numbering puts on each block, as node views receive it', () => {
    const editor = new Editor({
      extensions: minutesExtensions(),
      content: {
        type: 'doc',
        content: [
          block('recommendation', 'First'),
          block('actionItem', 'Do it'),
          block('recommendation', 'Second'),
        ],
      },
    })
    editors.push(editor)
    const { state } = editor
    const numbers: (string | null)[] = []
    state.doc.forEach((node, offset) => {
      const decorations: DecorationSet[] = []
      editor.view.someProp('decorations', (decorate) => {
        const found = decorate.call(editor.view, state)
        if (found) decorations.push(found as DecorationSet)
      })
      // What ProseMirror hands a node view: the node decorations spanning exactly that node.
      const own = decorations
        .flatMap((set) => set.find(offset, offset + node.nodeSize))
        .filter(({ from, to }) => from === offset && to === offset + node.nodeSize)
      numbers.push(readNumber(own))
    })
    expect(numbers).toEqual(['R1', 'A1', 'R2'])
  })

  it('reads nothing without a number', () => {
    expect(readNumber([])).toBeNull()
  })
})
