// @vitest-environment happy-dom
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { TextSelection } from '@tiptap/pm/state'
import { yUndoPluginKey } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CommentAnchors, threadRanges } from './CommentAnchors'
import { CommentsController } from './CommentsController'
import { inDocumentOrder } from './CommentsPanel'
import { startThread } from './writeComments'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const rob = { id: 'rob', name: 'Rob Reviewer', role: 'reviewer' } as const

/** A reviewer and a clerk on one document, their Y.Docs linked as the server links them. */
function reviewerAndClerk(content: JSONContent[]) {
  const docs = [new Y.Doc(), new Y.Doc()] as const
  docs[0].on('update', (update: Uint8Array) => Y.applyUpdate(docs[1], update))
  docs[1].on('update', (update: Uint8Array) => Y.applyUpdate(docs[0], update))
  const [reviewer, clerk] = docs.map((document) => {
    const controller = new CommentsController(document)
    const editor = new Editor({
      extensions: [
        ...minutesExtensions(),
        Collaboration.configure({ document, field: CONTENT_FRAGMENT_NAME }),
        CommentAnchors.configure({ onActivate: (id) => controller.activate(id) }),
      ],
    })
    editors.push(editor)
    controller.attach(editor)
    return { editor, controller, doc: document }
  }) as [Side, Side]
  clerk.editor.commands.setContent({ type: 'doc', content })
  return { reviewer, clerk }
}
type Side = { editor: Editor; controller: CommentsController; doc: Y.Doc }

function positionOf(editor: Editor, text: string): number {
  let found: number | undefined
  editor.state.doc.descendants((node, position) => {
    const index = node.text?.indexOf(text) ?? -1
    if (found === undefined && index >= 0) found = position + index
  })
  if (found === undefined) throw new Error(`"${text}" is not in the document`)
  return found
}

function comment(side: Side, text: string): string {
  const from = positionOf(side.editor, text)
  const { state, view } = side.editor
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, from + text.length)))
  expect(side.controller.beginThread()).toBe(true)
  const draft = side.controller.getSnapshot().draft
  if (!draft) throw new Error('no draft')
  expect(draft.quote).toBe(text)
  return startThread(side.controller.map, draft, { body: 'Check this.' }, rob)
}

const anchoredText = (side: Side, id: string) => {
  const range = threadRanges(side.editor.state).get(id)
  return range ? side.editor.state.doc.textBetween(range.from, range.to) : null
}

describe('comment anchors', () => {
  it('follow their text through edits on both sides, and never write to the content', () => {
    const { reviewer, clerk } = reviewerAndClerk([
      paragraph('The budget was agreed.'),
      paragraph('Ten officers will be hired.'),
    ])
    const content = Y.encodeStateAsUpdate(clerk.doc)
    const id = comment(reviewer, 'budget')
    // The thread is beside the content: the content's Yjs state is what it was.
    expect(reviewer.doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toJSON()).toEqual(
      (() => {
        const copy = new Y.Doc()
        Y.applyUpdate(copy, content)
        return copy.getXmlFragment(CONTENT_FRAGMENT_NAME).toJSON()
      })(),
    )
    expect(anchoredText(reviewer, id)).toBe('budget')
    expect(anchoredText(clerk, id)).toBe('budget')

    clerk.editor.commands.insertContentAt(positionOf(clerk.editor, 'The'), 'Overall, ')
    expect(anchoredText(clerk, id)).toBe('budget')
    expect(anchoredText(reviewer, id)).toBe('budget')
    // Typed right before or right after, the words are not the thread's.
    clerk.editor.commands.insertContentAt(positionOf(clerk.editor, 'budget'), 'annual ')
    clerk.editor.commands.insertContentAt(positionOf(clerk.editor, ' was'), ' line')
    expect(anchoredText(reviewer, id)).toBe('budget')
    expect(anchoredText(clerk, id)).toBe('budget')

    // A paragraph split before the text, then the two halves joined again.
    const split = positionOf(clerk.editor, 'was')
    clerk.editor.chain().setTextSelection(split).splitBlock().run()
    expect(anchoredText(reviewer, id)).toBe('budget')
    expect(reviewer.editor.state.doc.childCount).toBe(3)
  })

  it('shows a thread whose text was deleted as detached, in order after the others', () => {
    const { reviewer, clerk } = reviewerAndClerk([
      paragraph('The budget was agreed.'),
      paragraph('Ten officers will be hired.'),
    ])
    const later = comment(reviewer, 'officers')
    const gone = comment(reviewer, 'budget')
    const from = positionOf(clerk.editor, 'budget')
    clerk.editor.commands.deleteRange({ from, to: from + 'budget '.length })
    expect(anchoredText(reviewer, gone)).toBeNull()
    expect(anchoredText(reviewer, later)).toBe('officers')
    const ordered = inDocumentOrder(
      reviewer.controller.getSnapshot().threads,
      threadRanges(reviewer.editor.state),
    )
    expect(ordered.map(({ thread }) => thread.quote)).toEqual(['officers', 'budget'])
  })

  it('brings a thread back for everyone when its deleted words are undone or typed again', () => {
    const { reviewer, clerk } = reviewerAndClerk([paragraph('The budget was agreed.')])
    const id = comment(reviewer, 'budget')
    const from = positionOf(clerk.editor, 'budget')
    // A step of its own for undo, as a pause in typing makes it.
    yUndoPluginKey.getState(clerk.editor.state)?.undoManager.stopCapturing()
    clerk.editor.commands.deleteRange({ from, to: from + 'budget'.length })
    expect([anchoredText(reviewer, id), anchoredText(clerk, id)]).toEqual([null, null])

    clerk.editor.commands.undo()
    expect([anchoredText(reviewer, id), anchoredText(clerk, id)]).toEqual(['budget', 'budget'])

    clerk.editor.commands.deleteRange({ from, to: from + 'budget'.length })
    clerk.editor.commands.insertContentAt(from, 'budget')
    // The clerk's editor maps its own typing; the reviewer's reads the shared document.
    expect(anchoredText(reviewer, id)).toBe('budget')
  })

  it('highlights open threads only, and reports a click on highlighted text', () => {
    const { reviewer } = reviewerAndClerk([paragraph('The budget was agreed.')])
    const id = comment(reviewer, 'budget')
    const decorations = () =>
      reviewer.editor.view.dom.querySelectorAll(`[data-thread-id="${id}"]`).length
    expect(decorations()).toBe(1)
    reviewer.editor.view.someProp('handleClick', (handle) =>
      handle(reviewer.editor.view, positionOf(reviewer.editor, 'dget'), new MouseEvent('click')),
    )
    expect(reviewer.controller.getSnapshot().activeId).toBe(id)
    const thread = reviewer.controller.getSnapshot().threads[0]!.thread
    reviewer.controller.map.set(`thread:${id}`, {
      ...thread,
      resolved: { by: rob, at: 1_790_000_000_000 },
    })
    expect(reviewer.controller.getSnapshot().threads).toHaveLength(1)
    reviewer.controller.activate(null)
    expect(decorations()).toBe(0)
  })
})
