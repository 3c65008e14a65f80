// @vitest-environment happy-dom
import { minutesExtensions } from '@minutes/schema'
import { type Content, Editor, type JSONContent } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { MoveBlockShortcuts } from './MoveBlockShortcuts'
import { type MoveDirection, moveBlock } from './moveBlock'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content: Content): Editor {
  const editor = new Editor({ extensions: [...minutesExtensions(), MoveBlockShortcuts], content })
  editors.push(editor)
  return editor
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

function move(editor: Editor, direction: MoveDirection): boolean {
  const transaction = moveBlock(editor.state, direction)
  if (transaction) editor.view.dispatch(transaction)
  return transaction !== null
}

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const section: JSONContent = {
  type: 'speakerSection',
  attrs: { speakerId: 'p-ada' },
  content: [
    paragraph('First said'),
    {
      type: 'recommendation',
      attrs: { addressee: 'DfE', status: 'agreed', proposerId: 'p-tim' },
      content: [paragraph('Recommended')],
    },
    paragraph('Last said'),
  ],
}
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening'),
    section,
    {
      type: 'actionItem',
      attrs: {
        ownerId: 'p-ann',
        dueDate: '2014-06-01',
        status: 'inProgress',
        label: null,
        ownerLabel: null,
        dueLabel: null,
        statusLabel: null,
      },
      content: [paragraph('Write to the minister')],
    },
  ],
}

const types = (editor: Editor) => json(editor).content?.map(({ type }) => type)

describe('moveBlock', () => {
  it('moves a selected section up with every attribute and its content, still selected', () => {
    const editor = createEditor(minutes)
    editor.commands.setNodeSelection(positionOf(editor, 'First said') - 2)
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
    expect(move(editor, 'up')).toBe(true)
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [section, paragraph('Opening'), minutes.content?.[2]],
    })
    expect(editor.state.selection).toBeInstanceOf(NodeSelection)
    expect((editor.state.selection as NodeSelection).node.attrs).toEqual({ speakerId: 'p-ada' })
  })

  it('moves the innermost block that has a neighbour, keeping the caret in the same text', () => {
    const editor = createEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Recommended') + 3)
    expect(move(editor, 'down')).toBe(true)
    const moved = json(editor).content?.[1]
    expect(moved?.attrs).toEqual({ speakerId: 'p-ada' })
    expect(moved?.content?.map(({ type }) => type)).toEqual([
      'paragraph',
      'paragraph',
      'recommendation',
    ])
    expect(moved?.content?.[2]?.attrs).toEqual({
      addressee: 'DfE',
      status: 'agreed',
      proposerId: 'p-tim',
    })
    expect(editor.state.selection.from).toBe(positionOf(editor, 'Recommended') + 3)
  })

  it('moves the enclosing block when the caret block has no neighbour there', () => {
    const editor = createEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Write to') + 2)
    expect(move(editor, 'up')).toBe(true)
    expect(types(editor)).toEqual(['paragraph', 'actionItem', 'speakerSection'])
    expect(json(editor).content?.[1]?.attrs).toEqual({
      ownerId: 'p-ann',
      dueDate: '2014-06-01',
      status: 'inProgress',
      label: null,
      ownerLabel: null,
      dueLabel: null,
      statusLabel: null,
    })
    expect(editor.state.selection.from).toBe(positionOf(editor, 'Write to') + 2)
  })

  it('moves a section down past the next block and does nothing at the end', () => {
    const editor = createEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Opening'))
    expect(move(editor, 'down')).toBe(true)
    expect(types(editor)).toEqual(['speakerSection', 'paragraph', 'actionItem'])
    expect(move(editor, 'down')).toBe(true)
    expect(types(editor)).toEqual(['speakerSection', 'actionItem', 'paragraph'])
    expect(move(editor, 'down')).toBe(false)
  })

  it('keeps the schema: an officer never goes above the body name, the header moves instead', () => {
    const editor = createEditor({
      type: 'doc',
      content: [
        paragraph('Before'),
        {
          type: 'meetingHeader',
          content: [
            { type: 'bodyName', content: [{ type: 'text', text: 'Board' }] },
            { type: 'officer', attrs: { role: 'chair', personId: 'p1', label: null } },
            { type: 'officer', attrs: { role: 'clerk', personId: 'p2', label: null } },
          ],
        },
      ],
    })
    const secondOfficer = positionOf(editor, 'Board') + 'Board'.length + 2
    editor.commands.setNodeSelection(secondOfficer)
    expect(move(editor, 'up')).toBe(true)
    const header = () => json(editor).content?.[1]?.content?.map((node) => node.attrs?.role)
    expect(header()).toEqual([undefined, 'clerk', 'chair'])
    expect(move(editor, 'up')).toBe(true)
    expect(types(editor)).toEqual(['meetingHeader', 'paragraph'])
  })

  describe('an agenda item', () => {
    const item = (number: string, title: string): JSONContent => ({
      type: 'agendaItem',
      attrs: { number },
      content: [{ type: 'text', text: title }],
    })
    const agenda: JSONContent = {
      type: 'doc',
      content: [
        item('1', 'Welcome'),
        paragraph('Hello all'),
        item('2', 'Budget'),
        paragraph('Money talk'),
        item('2.1', 'Income'),
        paragraph('Income talk'),
        item('3', 'Any other business'),
        paragraph('Nothing else'),
      ],
    }
    const texts = (editor: Editor) =>
      (json(editor).content ?? []).map((node) => node.content?.[0]?.text)

    it('moves down with its group, past the whole group of the next item', () => {
      const editor = createEditor(agenda)
      editor.commands.setTextSelection(positionOf(editor, 'Budget'))
      expect(move(editor, 'down')).toBe(true)
      expect(texts(editor)).toEqual([
        'Welcome',
        'Hello all',
        'Any other business',
        'Nothing else',
        'Budget',
        'Money talk',
        'Income',
        'Income talk',
      ])
      // The caret stays in the title it was in.
      expect(editor.state.selection.$from.parent.textContent).toBe('Budget')
      expect(move(editor, 'down')).toBe(false)
    })

    it('moves up with its group, past the whole group of the item before, sub-items included', () => {
      const editor = createEditor(agenda)
      editor.commands.setTextSelection(positionOf(editor, 'Any other business'))
      expect(move(editor, 'up')).toBe(true)
      expect(texts(editor)).toEqual([
        'Welcome',
        'Hello all',
        'Any other business',
        'Nothing else',
        'Budget',
        'Money talk',
        'Income',
        'Income talk',
      ])
    })

    it('moves a sub-item out past its parent’s heading alone, into the item before', () => {
      const editor = createEditor(agenda)
      editor.commands.setTextSelection(positionOf(editor, 'Income'))
      expect(move(editor, 'up')).toBe(true)
      expect(texts(editor).slice(2, 6)).toEqual(['Budget', 'Income', 'Income talk', 'Money talk'])
      // "Money talk" now follows 2.1, so it is 2.1's and travels with it.
      expect(move(editor, 'up')).toBe(true)
      expect(texts(editor).slice(0, 6)).toEqual([
        'Welcome',
        'Hello all',
        'Income',
        'Income talk',
        'Money talk',
        'Budget',
      ])
    })

    it('leaves a paragraph of its group to move alone', () => {
      const editor = createEditor(agenda)
      editor.commands.setTextSelection(positionOf(editor, 'Money talk'))
      expect(move(editor, 'up')).toBe(true)
      expect(texts(editor).slice(0, 4)).toEqual(['Welcome', 'Hello all', 'Money talk', 'Budget'])
    })
  })

  it('answers Alt+Shift+Arrow keys', () => {
    const editor = createEditor(minutes)
    editor.commands.setTextSelection(positionOf(editor, 'Opening'))
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true })
    editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event))
    expect(types(editor)).toEqual(['speakerSection', 'paragraph', 'actionItem'])
  })
})

/** The document as JSON content, typed for reading nested nodes. */
function json(editor: Editor): JSONContent {
  return editor.getJSON() as JSONContent
}
