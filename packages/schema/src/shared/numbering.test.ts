// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { createTestEditor } from '../testing/createTestEditor'
import { paragraph } from '../testing/paragraph'
import { numberBlocks } from './numbering'

/** What a reader sees: each block's number and text, in document order. */
function shownNumbers(editor: Editor, dataType: string): string[] {
  return [...editor.view.dom.querySelectorAll(`[data-type="${dataType}"]`)].map(
    (element) => `${element.getAttribute('data-number')} ${element.textContent}`,
  )
}

interface NumberedKind {
  type: string
  dataType: string
  prefix: string
  /** Inserts an empty block of this kind at the selection with the node's own command. */
  insert: (editor: Editor) => boolean
  /** The text an inserted block holds once "New" is typed into it. */
  insertedText: string
}

const numberedKinds: NumberedKind[] = [
  {
    type: 'recommendation',
    dataType: 'recommendation',
    prefix: 'R',
    insert: (editor) => editor.commands.insertRecommendation(),
    insertedText: 'New',
  },
  {
    type: 'decision',
    dataType: 'decision',
    prefix: 'D',
    insert: (editor) => editor.commands.insertDecision(),
    insertedText: 'Resolved, That New',
  },
  {
    type: 'actionItem',
    dataType: 'action-item',
    prefix: 'A',
    insert: (editor) => editor.commands.insertActionItem(),
    insertedText: 'New',
  },
]

describe.each(numberedKinds)(
  'numbering of $type',
  ({ type, dataType, prefix, insert, insertedText }) => {
    const block = (text: string): JSONContent => ({ type, content: [paragraph(text)] })
    const minutes: JSONContent = {
      type: 'doc',
      content: [
        paragraph('Intro'),
        block('First'),
        { type: 'speakerSection', attrs: { speakerId: 'p1' }, content: [block('Second')] },
        block('Third'),
      ],
    }
    const find = (editor: Editor, text: string) => {
      const found = numberBlocks(editor.state.doc, type).find(
        ({ node }) => node.textContent === text,
      )
      if (!found) throw new Error(`no ${type} "${text}"`)
      return found
    }

    it(`numbers ${prefix}1, ${prefix}2, ... in document order, inside speaker sections too`, () => {
      const editor = createTestEditor(minutes)
      expect(shownNumbers(editor, dataType)).toEqual([
        `${prefix}1 First`,
        `${prefix}2 Second`,
        `${prefix}3 Third`,
      ])
    })

    it('renumbers after a block is inserted before the others', () => {
      const editor = createTestEditor(minutes)
      editor.commands.setTextSelection(6) // the end of "Intro"
      expect(insert(editor)).toBe(true)
      editor.commands.insertContent('New')
      expect(shownNumbers(editor, dataType)).toEqual([
        `${prefix}1 ${insertedText}`,
        `${prefix}2 First`,
        `${prefix}3 Second`,
        `${prefix}4 Third`,
      ])
    })

    it('renumbers after a block is moved', () => {
      const editor = createTestEditor(minutes)
      const third = find(editor, 'Third')
      const transaction = editor.state.tr
        .delete(third.position, third.position + third.node.nodeSize)
        .insert(0, third.node)
      editor.view.dispatch(transaction)
      expect(shownNumbers(editor, dataType)).toEqual([
        `${prefix}1 Third`,
        `${prefix}2 First`,
        `${prefix}3 Second`,
      ])
    })

    it('renumbers after a block is deleted', () => {
      const editor = createTestEditor(minutes)
      const first = find(editor, 'First')
      editor.commands.deleteRange({
        from: first.position,
        to: first.position + first.node.nodeSize,
      })
      expect(shownNumbers(editor, dataType)).toEqual([`${prefix}1 Second`, `${prefix}2 Third`])
    })

    it('renumbers when the whole content is replaced, as a remote update does', () => {
      const editor = createTestEditor(minutes)
      editor.commands.setContent({ type: 'doc', content: [block('Only')] })
      expect(shownNumbers(editor, dataType)).toEqual([`${prefix}1 Only`])
    })

    it('keeps each number on its block while text is typed before, inside and between them', () => {
      const editor = createTestEditor(minutes)
      editor.commands.insertContentAt(find(editor, 'First').position + 2, 'The ')
      editor.commands.insertContentAt(1, 'An ')
      editor.commands.insertContentAt(find(editor, 'Third').position + 3, 'x')
      expect(shownNumbers(editor, dataType)).toEqual([
        `${prefix}1 The First`,
        `${prefix}2 Second`,
        `${prefix}3 Txhird`,
      ])
    })

    it('keeps numbers right when a remote update brings only text, as a whole new document', () => {
      const editor = createTestEditor(minutes)
      const typedElsewhere: JSONContent = {
        type: 'doc',
        content: [
          paragraph('Intro, longer now'),
          block('First'),
          { type: 'speakerSection', attrs: { speakerId: 'p1' }, content: [block('Second')] },
          block('Third'),
        ],
      }
      editor.commands.setContent(typedElsewhere)
      expect(shownNumbers(editor, dataType)).toEqual([
        `${prefix}1 First`,
        `${prefix}2 Second`,
        `${prefix}3 Third`,
      ])
      editor.commands.setContent({ ...typedElsewhere, content: typedElsewhere.content?.slice(2) })
      expect(shownNumbers(editor, dataType)).toEqual([`${prefix}1 Second`, `${prefix}2 Third`])
    })

    it('never stores a number in the JSON or the HTML', () => {
      const editor = createTestEditor(minutes)
      expect(shownNumbers(editor, dataType)).toHaveLength(3)
      expect(JSON.stringify(editor.getJSON())).not.toMatch(/number|"[RDA]\d/i)
      expect(editor.getHTML()).not.toContain('data-number')
    })
  },
)

describe('numberBlocks', () => {
  it('numbers each kind on its own, giving positions of the blocks', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        { type: 'recommendation', content: [paragraph('R one')] },
        { type: 'decision', content: [paragraph('D one')] },
        { type: 'recommendation', content: [paragraph('R two')] },
        { type: 'actionItem', content: [paragraph('A one')] },
      ],
    })
    const { doc } = editor.state
    const recommendations = numberBlocks(doc, 'recommendation')
    expect(recommendations.map(({ number, node }) => `${number} ${node.textContent}`)).toEqual([
      '1 R one',
      '2 R two',
    ])
    for (const { position, node } of recommendations) expect(doc.nodeAt(position)).toBe(node)
    expect(numberBlocks(doc, 'decision').map(({ number }) => number)).toEqual([1])
    expect(numberBlocks(doc, 'actionItem').map(({ number }) => number)).toEqual([1])
    expect(shownNumbers(editor, 'recommendation')).toEqual(['R1 R one', 'R2 R two'])
    expect(shownNumbers(editor, 'decision')).toEqual(['D1 D one'])
    expect(shownNumbers(editor, 'action-item')).toEqual(['A1 A one'])
  })

  it('counts recommendations given inside answers', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        { type: 'recommendation', content: [paragraph('Before')] },
        {
          type: 'questionAnswer',
          content: [
            { type: 'question', attrs: { askerId: null }, content: [paragraph('Why?')] },
            {
              type: 'answer',
              attrs: { speakerId: 'p2' },
              content: [{ type: 'recommendation', content: [paragraph('In the answer')] }],
            },
          ],
        },
      ],
    })
    expect(shownNumbers(editor, 'recommendation')).toEqual(['R1 Before', 'R2 In the answer'])
  })
})
