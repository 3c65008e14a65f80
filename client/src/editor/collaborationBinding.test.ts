// @vitest-environment happy-dom
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { TextSelection, type Transaction } from '@tiptap/pm/state'
import { yCursorPluginKey } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
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

  it("redraws peers' carets when a peer's moves, and not for each move of one's own", async () => {
    const document = new Y.Doc()
    const awareness = new Awareness(document)
    const editor = new Editor({
      extensions: [
        ...minutesExtensions(),
        Collaboration.configure({ document, field: CONTENT_FRAGMENT_NAME }),
        CollaborationCaret.configure({ provider: { awareness }, user: { name: 'Clerk' } }),
      ],
    })
    editors.push(editor)
    editor.commands.setContent({ type: 'doc', content: [paragraph('Some words to type in.')] })
    const caretRedraws = () => {
      let count = 0
      const countRedraw = ({ transaction }: { transaction: Transaction }) => {
        if (transaction.getMeta(yCursorPluginKey)) count++
      }
      editor.on('transaction', countRedraw)
      return () => {
        editor.off('transaction', countRedraw)
        return count
      }
    }
    // y-tiptap redraws carets a tick after the awareness change.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

    const ownMoves = caretRedraws()
    const paragraphText = document.getXmlFragment(CONTENT_FRAGMENT_NAME).get(0)
    const text = paragraphText instanceof Y.XmlElement ? paragraphText.get(0) : undefined
    if (!(text instanceof Y.XmlText)) throw new Error('no text to put a caret in')
    for (let offset = 1; offset < 6; offset++) {
      const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, offset))
      awareness.setLocalStateField('cursor', { anchor: at, head: at })
      await tick()
    }
    expect(ownMoves()).toBe(0)

    const peer = new Awareness(new Y.Doc())
    peer.setLocalStateField('user', { name: 'Colleague', color: '#0a7' })
    const peerMoves = caretRedraws()
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'peer')
    await tick()
    expect(peerMoves()).toBe(1)
    peer.destroy()
    awareness.destroy()
  })
})
