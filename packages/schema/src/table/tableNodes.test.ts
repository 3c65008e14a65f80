// @vitest-environment happy-dom
import { getSchema, type JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { createTestEditor } from '../testing/createTestEditor'
import { paragraph } from '../testing/paragraph'

const schema = getSchema(minutesExtensions())
const cellAttrs = { colspan: 1, rowspan: 1, colwidth: null, align: null }
const cell = (type: 'tableHeader' | 'tableCell', text: string): JSONContent => ({
  type,
  attrs: cellAttrs,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const table: JSONContent = {
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Item'), cell('tableHeader', 'Cost')] },
    { type: 'tableRow', content: [cell('tableCell', 'Hall hire'), cell('tableCell', '£120')] },
  ],
}
describe('tables in the minutes schema', () => {
  it('stand at the top level and round-trip through the editor and HTML unchanged', () => {
    const doc = { type: 'doc', content: [table] }
    const editor = createTestEditor(doc)
    expect(editor.getJSON()).toEqual(doc)
    const html = editor.getHTML()
    expect(html).toContain('<th')
    const again = createTestEditor(html)
    expect(again.getJSON()).toEqual(doc)
  })

  it("may stand in a speaker's section, an answer and the chair's summary", () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'speakerSection',
          attrs: { speakerId: 'p-1' },
          content: [paragraph('presented the costs:'), table],
        },
        {
          type: 'questionAnswer',
          content: [
            { type: 'question', attrs: { askerId: null }, content: [paragraph('How much?')] },
            { type: 'answer', attrs: { speakerId: 'p-1' }, content: [table] },
          ],
        },
        { type: 'chairSummary', attrs: { chairId: null, label: null }, content: [table] },
      ],
    }
    expect(() => schema.nodeFromJSON(doc).check()).not.toThrow()
  })

  it('may not stand in a decision, which holds paragraphs only', () => {
    const doc = { type: 'doc', content: [{ type: 'decision', content: [table] }] }
    expect(() => schema.nodeFromJSON(doc).check()).toThrow()
  })
})
