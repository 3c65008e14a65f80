// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { numberBlocks } from '../shared/numbering'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'

const recommendation = (text: string) => `<div data-type="recommendation"><p>${text}</p></div>`

const listed: JSONContent = {
  type: 'recommendation',
  attrs: { addressee: 'Department for Education', status: 'agreed', proposerId: 'p-massey' },
  content: [
    paragraph('Every local authority should:'),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('appoint a virtual school head')] }],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: null },
      content: [{ type: 'listItem', content: [paragraph('publish results')] }],
    },
    paragraph('within a year.'),
  ],
}
const rejected: JSONContent = {
  type: 'recommendation',
  attrs: { addressee: null, status: 'rejected', proposerId: null },
  content: [paragraph('Abolish care plans.')],
}
const recommendations: JSONContent = { type: 'doc', content: [listed, rejected] }

describe('Recommendation', () => {
  it('numbers recommendations in document order, including inside speaker sections', () => {
    const editor = createTestEditor(
      `${recommendation('First')}<section data-type="speaker-section" data-speaker-id="a">${recommendation('Second')}</section>${recommendation('Third')}`,
    )
    const numbers = numberBlocks(editor.state.doc, 'recommendation').map(
      ({ number, node }) => `${number}:${node.textContent}`,
    )
    expect(numbers).toEqual(['1:First', '2:Second', '3:Third'])
  })

  it('shows derived numbers that follow insertions, and stores none in the content', () => {
    const editor = createTestEditor(`<p>Intro</p>${recommendation('Later')}`)
    editor
      .chain()
      .setTextSelection(6) // the end of "Intro"
      .insertRecommendation()
      .insertContent('Earlier')
      .run()

    const shown = [...editor.view.dom.querySelectorAll('[data-type="recommendation"]')].map(
      (element) => `${element.getAttribute('data-number')} ${element.textContent}`,
    )
    expect(shown).toEqual(['R1 Earlier', 'R2 Later'])
    expect(JSON.stringify(editor.getJSON())).not.toContain('R1')
  })

  it('inserts an empty proposed recommendation by default', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertRecommendation()).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'recommendation',
      attrs: { addressee: null, status: 'proposed', proposerId: null },
      content: [{ type: 'paragraph' }],
    })
  })

  it('inserts a recommendation with the given addressee, status and proposer', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertRecommendation({ addressee: 'Ofsted', status: 'noted', proposerId: 'p2' })
    editor.commands.insertContent('Inspect virtual schools.')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'recommendation',
      attrs: { addressee: 'Ofsted', status: 'noted', proposerId: 'p2' },
      content: [paragraph('Inspect virtual schools.')],
    })
  })

  it('updates only the given attributes of the recommendation around the selection', () => {
    const editor = createTestEditor(recommendations)
    editor.commands.setTextSelection(3) // inside "Every local authority"
    expect(
      editor.commands.updateRecommendation({ status: 'noted', proposerId: 'p-loughton' }),
    ).toBe(true)
    expect(editor.getJSON().content?.slice(0, 2)).toEqual([
      {
        ...listed,
        attrs: { addressee: 'Department for Education', status: 'noted', proposerId: 'p-loughton' },
      },
      rejected,
    ])
  })

  it('refuses to update when the selection is in no recommendation', () => {
    const editor = createTestEditor('<p>Intro</p>')
    editor.commands.setTextSelection(2)
    expect(editor.commands.updateRecommendation({ status: 'agreed' })).toBe(false)
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [paragraph('Intro')] })
  })

  it('round-trips through JSON with its attributes and lists', () => {
    expectRoundTrip(recommendations, 'JSON')
  })

  it('round-trips through HTML with its attributes and lists', () => {
    expectRoundTrip(recommendations, 'HTML')
  })

  it('reads an unknown or missing status from HTML as proposed', () => {
    const editor = createTestEditor(
      '<div data-type="recommendation" data-status="shelved"><p>One</p></div><div data-type="recommendation"><p>Two</p></div>',
    )
    expect(editor.getJSON().content?.map((node) => node.attrs)).toEqual([
      { addressee: null, status: 'proposed', proposerId: null },
      { addressee: null, status: 'proposed', proposerId: null },
    ])
  })

  describe('schema', () => {
    const check = (...content: JSONContent[]) =>
      checkDoc({ type: 'recommendation', attrs: { status: 'proposed' }, content })
    const list: JSONContent = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('Item')] }],
    }

    it('accepts a paragraph followed by paragraphs and lists', () => {
      expect(check(...(listed.content ?? []))).not.toThrow()
      expect(check(paragraph('Only'))).not.toThrow()
    })

    it('refuses a recommendation that does not open with a paragraph', () => {
      expect(check(list)).toThrow(/Invalid content for node recommendation/)
      expect(check(list, paragraph('After'))).toThrow(/Invalid content for node recommendation/)
      expect(check()).toThrow(/Invalid content for node recommendation/)
    })

    it('refuses headings, quotes and other minutes blocks inside a recommendation', () => {
      const refused: JSONContent[] = [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Heading' }] },
        { type: 'blockquote', content: [paragraph('Quote')] },
        { type: 'recommendation', attrs: { status: 'proposed' }, content: [paragraph('Nested')] },
        { type: 'decision', content: [paragraph('Resolved, That')] },
      ]
      for (const node of refused) {
        expect(check(paragraph('Intro'), node)).toThrow(/Invalid content for node recommendation/)
      }
    })
  })
})
