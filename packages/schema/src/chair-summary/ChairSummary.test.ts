// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'

const summaries: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'chairSummary',
      attrs: { chairId: 'p-massey', label: 'Key themes' },
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Stability' }] },
        paragraph('The Chair thanked the speakers.'),
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [paragraph('Fewer placement moves')] }],
        },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [paragraph('Earlier support')] }],
        },
      ],
    },
    { type: 'chairSummary', attrs: { chairId: null, label: null }, content: [paragraph('Noted.')] },
  ],
}

describe('ChairSummary', () => {
  it('inserts a summary by the given chair holding one empty paragraph', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertChairSummary('p-massey')).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'chairSummary',
      attrs: { chairId: 'p-massey', label: null },
      content: [{ type: 'paragraph' }],
    })
  })

  it('inserts a summary with no chair when none is given, ready for typing', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertChairSummary()
    editor.commands.insertContent('The Chair closed the meeting.')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'chairSummary',
      attrs: { chairId: null, label: null },
      content: [paragraph('The Chair closed the meeting.')],
    })
  })

  it('round-trips through JSON with its chair and label', () => {
    expectRoundTrip(summaries, 'JSON')
  })

  it('round-trips through HTML with its chair and label', () => {
    expectRoundTrip(summaries, 'HTML')
  })

  describe('schema', () => {
    const check = (...content: JSONContent[]) =>
      checkDoc({ type: 'chairSummary', attrs: { chairId: 'p1' }, content })

    it('accepts paragraphs, headings and lists', () => {
      expect(check(...(summaries.content?.[0]?.content ?? []))).not.toThrow()
    })

    it('refuses an empty summary, and recommendations, decisions or actions inside one', () => {
      expect(check()).toThrow(/Invalid content for node chairSummary/)
      const refused: JSONContent[] = [
        { type: 'recommendation', attrs: { status: 'proposed' }, content: [paragraph('R')] },
        { type: 'decision', content: [paragraph('Resolved, That')] },
        { type: 'actionItem', attrs: { status: 'open' }, content: [paragraph('Do')] },
      ]
      for (const node of refused) {
        expect(check(paragraph('Summary'), node)).toThrow(/Invalid content for node chairSummary/)
      }
    })
  })
})
