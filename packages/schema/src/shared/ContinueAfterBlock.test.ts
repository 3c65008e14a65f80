// @vitest-environment happy-dom
import { Editor, Extension, type JSONContent } from '@tiptap/core'
import { NodeSelection, Plugin } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { createTestEditor } from '../testing/createTestEditor'
import { paragraph } from '../testing/paragraph'
import { positionOf } from '../testing/positionOf'

const empty: JSONContent = { type: 'paragraph' }
const action = (text: string): JSONContent => ({ type: 'actionItem', content: [paragraph(text)] })
const section = (...content: JSONContent[]): JSONContent => ({
  type: 'speakerSection',
  attrs: { speakerId: 'p-ada' },
  content,
})
const cell = (...content: JSONContent[]): JSONContent => ({ type: 'tableCell', content })

/** The document's shape: each node's type, with its children's, and text as itself. */
function shape(node: JSONContent): unknown {
  if (node.type === 'text') return node.text
  return node.content ? { [node.type ?? '']: node.content.map(shape) } : node.type
}

/**
 * Presses Enter as the browser does. TipTap's `keyboardShortcut` command keeps only the steps of
 * what the key did, not where it put the caret.
 */
function pressEnter(editor: Editor): boolean {
  const event = new KeyboardEvent('keydown', { key: 'Enter' })
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) ?? false
}

/** Presses Enter at the end of `text`, then types "Next" where the caret went. */
function enterAfter(editor: Editor, text: string): void {
  editor.commands.setTextSelection(positionOf(editor, text) + text.length)
  expect(pressEnter(editor)).toBe(true)
  editor.commands.insertContent('Next')
}

/** Presses Enter twice at the end of `text`: a new line, then leaving the block from it. */
function enterTwiceAfter(editor: Editor, text: string): void {
  editor.commands.setTextSelection(positionOf(editor, text) + text.length)
  pressEnter(editor)
  enterAfterEmptyLine(editor)
}

function enterAfterEmptyLine(editor: Editor): void {
  expect(pressEnter(editor)).toBe(true)
  editor.commands.insertContent('Next')
}

describe('Enter at the end of a block', () => {
  it('continues after an action that ends the document with a paragraph', () => {
    const editor = createTestEditor({ type: 'doc', content: [action('Write to the Minister.')] })
    enterAfter(editor, 'Write to the Minister.')
    expect(shape(editor.getJSON())).toEqual({
      doc: [{ actionItem: [{ paragraph: ['Write to the Minister.'] }] }, { paragraph: ['Next'] }],
    })
  })

  it('continues after an empty action, and after one inside a section, in place', () => {
    const editor = createTestEditor({ type: 'doc', content: [empty] })
    editor.commands.insertActionItem()
    enterAfterEmptyLine(editor)
    expect(editor.getJSON().content?.map((node) => node.type)).toEqual(['actionItem', 'paragraph'])

    const inSection = createTestEditor({
      type: 'doc',
      content: [section(action('Book a room.'), paragraph('Later words.'))],
    })
    enterAfter(inSection, 'Book a room.')
    expect(shape(inSection.getJSON())).toEqual({
      doc: [
        {
          speakerSection: [
            { actionItem: [{ paragraph: ['Book a room.'] }] },
            { paragraph: ['Next'] },
            { paragraph: ['Later words.'] },
          ],
        },
      ],
    })
  })

  it.each([
    ['recommendation', { type: 'recommendation', content: [paragraph('Fund it.')] }],
    ['decision', { type: 'decision', content: [paragraph('Resolved, That it pass.')] }],
    ['chairSummary', { type: 'chairSummary', content: [paragraph('The Chair thanked all.')] }],
    ['speakerSection', section(paragraph('I said this.'))],
  ])('leaves a %s from its empty last line, which goes', (type, block) => {
    const editor = createTestEditor({ type: 'doc', content: [block] })
    const text = editor.state.doc.textContent
    enterTwiceAfter(editor, text)
    expect(shape(editor.getJSON())).toEqual({
      doc: [{ [type]: [{ paragraph: [text] }] }, { paragraph: ['Next'] }],
    })
  })

  it('leaves a question and answer from the empty last line of its answer', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'questionAnswer',
          content: [
            { type: 'question', content: [paragraph('Why?')] },
            { type: 'answer', attrs: { speakerId: 'p-ada' }, content: [paragraph('Because.')] },
          ],
        },
      ],
    })
    enterTwiceAfter(editor, 'Because.')
    expect(shape(editor.getJSON())).toEqual({
      doc: [
        {
          questionAnswer: [
            { question: [{ paragraph: ['Why?'] }] },
            { answer: [{ paragraph: ['Because.'] }] },
          ],
        },
        { paragraph: ['Next'] },
      ],
    })
  })

  it('leaves a table from an empty line in its last cell, keeping the cell whole', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [cell(paragraph('Votes')), cell(empty)] }],
        },
      ],
    })
    editor.commands.setTextSelection(positionOf(editor, 'Votes') + 'Votes'.length + 4)
    expect(editor.state.selection.$from.parent.content.size).toBe(0)
    enterAfterEmptyLine(editor)
    expect(shape(editor.getJSON())).toEqual({
      doc: [
        {
          table: [
            { tableRow: [{ tableCell: [{ paragraph: ['Votes'] }] }, { tableCell: ['paragraph'] }] },
          ],
        },
        { paragraph: ['Next'] },
      ],
    })
  })

  it('continues after an attendance list from its last attendee', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'attendanceList',
          content: [
            { type: 'attendee', attrs: { personId: 'p-ada' } },
            { type: 'attendee', attrs: { personId: 'p-bob' } },
          ],
        },
      ],
    })
    const lastAttendee = editor.state.doc.firstChild?.firstChild?.nodeSize ?? 0
    editor.view.dispatch(
      editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, 1 + lastAttendee)),
    )
    enterAfterEmptyLine(editor)
    expect(shape(editor.getJSON())).toEqual({
      doc: [{ attendanceList: ['attendee', 'attendee'] }, { paragraph: ['Next'] }],
    })
  })

  it('still splits a line that can split, and leaves a list before its block', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'recommendation',
          content: [
            paragraph('Fund it:'),
            {
              type: 'bulletList',
              content: [{ type: 'listItem', content: [paragraph('in full')] }],
            },
          ],
        },
      ],
    })
    enterTwiceAfter(editor, 'in full')
    expect(shape(editor.getJSON())).toEqual({
      doc: [
        {
          recommendation: [
            { paragraph: ['Fund it:'] },
            { bulletList: [{ listItem: [{ paragraph: ['in full'] }] }] },
            { paragraph: ['Next'] },
          ],
        },
      ],
    })
  })

  it('does nothing of its own in the middle of a block or a plain paragraph', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [action('Write to the Minister.'), paragraph('Plain.')],
    })
    editor.commands.setTextSelection(positionOf(editor, 'Write') + 'Write'.length)
    pressEnter(editor)
    enterAfter(editor, 'Plain.')
    expect(shape(editor.getJSON())).toEqual({
      doc: [
        { actionItem: [{ paragraph: ['Write to the Minister.'] }] },
        { paragraph: ['Plain.'] },
        { paragraph: ['Next'] },
      ],
    })
  })

  it('splits inside the block instead where leaving it would be refused', () => {
    // As the rights filter refuses a speaker's paragraph outside their section.
    const keepInsideSections = Extension.create({
      name: 'keepInsideSections',
      addProseMirrorPlugins: () => [
        new Plugin({
          filterTransaction: (tr) => tr.doc.childCount === 1 || !tr.docChanged,
        }),
      ],
    })
    const editor = new Editor({
      extensions: [...minutesExtensions(), keepInsideSections],
      content: { type: 'doc', content: [section(paragraph('I said this.'))] },
    })
    enterTwiceAfter(editor, 'I said this.')
    expect(shape(editor.getJSON())).toEqual({
      doc: [
        { speakerSection: [{ paragraph: ['I said this.'] }, 'paragraph', { paragraph: ['Next'] }] },
      ],
    })
    editor.destroy()
  })
})
