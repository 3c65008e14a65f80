// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { afterEach, describe, expect, it } from 'vitest'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

interface ViewDesc {
  node: Node | null
  children: ViewDesc[]
}

/** How many top-level blocks the view draws from the document's own node, not an equal copy. */
function blocksDrawnFromCurrentNodes(editor: Editor): number {
  const docView = (editor.view as unknown as { docView: ViewDesc }).docView
  return docView.children.filter((desc, index) => desc.node === editor.state.doc.child(index))
    .length
}

// prosemirror-view is patched in patches/: when a block matches an equal (not identical) node,
// the view adopts it. Without that, after one re-render to an equal document (the collaboration
// binding makes one after syncing) every keystroke compared the whole document deeply.
describe("the editor's view", () => {
  it('draws from the current nodes again at the first keystroke after an equal document came in', () => {
    const editor = new Editor({
      extensions: minutesExtensions(),
      content: {
        type: 'doc',
        content: Array.from({ length: 40 }, (_, index) => paragraph(`Paragraph ${index}`)),
      },
    })
    editors.push(editor)
    const copy = Node.fromJSON(editor.schema, editor.state.doc.toJSON())
    // An equal document does not redraw at all: the view keeps the nodes it drew from.
    editor.view.dispatch(
      editor.state.tr.replaceWith(0, editor.state.doc.content.size, copy.content),
    )
    expect(blocksDrawnFromCurrentNodes(editor)).toBe(0)

    editor.view.dispatch(editor.state.tr.insertText('x', 3))
    expect(editor.state.doc.child(0).textContent).toBe('Paxragraph 0')
    expect(blocksDrawnFromCurrentNodes(editor)).toBe(40)
  })
})
