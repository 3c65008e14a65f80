// @vitest-environment happy-dom
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { moveBlock } from './blocks/moveBlock'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

/** Two people on one document, their Y.Docs linked both ways as the server links them. */
function twoPeople(content: JSONContent[]) {
  const docs = [new Y.Doc(), new Y.Doc()] as const
  docs[0].on('update', (update: Uint8Array) => Y.applyUpdate(docs[1], update))
  docs[1].on('update', (update: Uint8Array) => Y.applyUpdate(docs[0], update))
  const [clerk, colleague] = docs.map((document) => {
    const editor = new Editor({
      extensions: [
        ...minutesExtensions(),
        Collaboration.configure({ document, field: CONTENT_FRAGMENT_NAME }),
      ],
    })
    editors.push(editor)
    return editor
  }) as [Editor, Editor]
  clerk.commands.setContent({ type: 'doc', content })
  return { clerk, colleague }
}

function positionOf(editor: Editor, text: string): number {
  let found: number | undefined
  editor.state.doc.descendants((node, position) => {
    const index = node.text?.indexOf(text) ?? -1
    if (found === undefined && index >= 0) found = position + index
  })
  if (found === undefined) throw new Error(`"${text}" is not in the document`)
  return found
}

const texts = (editor: Editor) => editor.state.doc.children.map((block) => block.textContent)

// The binding is @tiptap/y-tiptap, patched in patches/: it no longer rebuilds the whole
// document on each remote change, only the blocks whose Yjs types changed.
describe('the collaboration binding', () => {
  it("keeps every block a colleague's keystroke did not touch as the same node", () => {
    const { clerk, colleague } = twoPeople(
      Array.from({ length: 50 }, (_, index) => paragraph(`Paragraph ${index}`)),
    )
    const before = clerk.state.doc
    colleague.view.dispatch(colleague.state.tr.insertText('x', positionOf(colleague, '7')))
    const after = clerk.state.doc
    expect(after.child(7).textContent).toBe('Paragraph x7')
    const kept = after.children.filter((block, index) => block === before.child(index))
    // Node views, numbering and the section marks skip a block that is the same node.
    expect(kept).toHaveLength(49)
  })

  it('keeps my caret in my words while a colleague moves blocks above and types in them', () => {
    const { clerk, colleague } = twoPeople([
      paragraph('First block.'),
      paragraph('Second block.'),
      paragraph('My words here.'),
    ])
    clerk.view.dispatch(
      clerk.state.tr.setSelection(TextSelection.create(clerk.state.doc, positionOf(clerk, 'here'))),
    )
    for (const text of ['First', 'Second', 'First']) {
      colleague.view.dispatch(
        colleague.state.tr.setSelection(
          TextSelection.create(colleague.state.doc, positionOf(colleague, text)),
        ),
      )
      const move = moveBlock(colleague.state, 'down')
      if (!move) throw new Error(`"${text}" did not move`)
      colleague.view.dispatch(move)
      colleague.view.dispatch(colleague.state.tr.insertText('moved ', positionOf(colleague, text)))
      clerk.view.dispatch(clerk.state.tr.insertText('still '))
    }
    expect(texts(clerk)).toEqual(texts(colleague))
    expect(texts(clerk).find((text) => text.startsWith('My words'))).toBe(
      'My words still still still here.',
    )
  })
})
