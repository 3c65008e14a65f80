// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'
import {
  agendaItemLevel,
  agendaReferenceText,
  describeAgendaItem,
  readAgendaItemAttributes,
} from './AgendaItem'

const item = (
  number: string | null,
  title: string,
  reference: string | null = null,
  referenceLabel: string | null = null,
): JSONContent => ({
  type: 'agendaItem',
  attrs: { number, reference, referenceLabel },
  content: [{ type: 'text', text: title }],
})
const noReference = { reference: null, referenceLabel: null }

const agenda: JSONContent = {
  type: 'doc',
  content: [
    item('3', 'Review of membership'),
    paragraph('The membership was reviewed.'),
    item('3.1', 'New members', 'https://example.org/issues/7', '#7'),
    item('3.2', 'Old members', 'https://example.org/issues/8'),
    {
      type: 'agendaItem',
      attrs: { number: null, ...noReference },
      content: [
        { type: 'text', text: 'Release cadence ' },
        {
          type: 'text',
          text: '#151',
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://example.org/issues/151',
                target: '_blank',
                rel: 'noopener noreferrer nofollow',
                class: null,
                title: null,
              },
            },
          ],
        },
      ],
    },
  ],
}

describe('AgendaItem', () => {
  it('turns the empty block at the selection into an item numbered after the one before', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [item('3.2', 'Budget'), { type: 'paragraph' }],
    })
    editor.commands.focus('end')
    expect(editor.commands.setAgendaItem()).toBe(true)
    editor.commands.insertContent('Any other business')
    expect(editor.getJSON().content?.[1]).toEqual(item('4', 'Any other business'))
  })

  it('numbers the first item 1 and keeps a number it is given', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.setAgendaItem()
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ number: '1', ...noReference })
    editor.commands.updateAgendaItem({ number: 'TB 25/061' })
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ number: 'TB 25/061', ...noReference })
  })

  it('is shown as a heading, deeper for sub-items, with its number for styles to print', () => {
    const html = createTestEditor(agenda).getHTML()
    expect(html).toContain('<h2 data-number="3" data-type="agenda-item" class="agenda-item">')
    expect(html).toContain(
      '<h3 data-number="3.2" data-reference="https://example.org/issues/8" data-type="agenda-item" class="agenda-item">',
    )
    expect(agendaItemLevel('1.2.3')).toBe(4)
    expect(agendaItemLevel('TB 25/061')).toBe(2)
    expect(agendaItemLevel(null)).toBe(2)
  })

  it('round-trips through JSON and HTML, and is not read back as a plain heading', () => {
    expectRoundTrip(agenda, 'JSON')
    expectRoundTrip(agenda, 'HTML')
  })

  it('reads a pasted number its check refuses as none, and writes none out', () => {
    const editor = createTestEditor(
      '<h2 data-type="agenda-item" data-number="3&quot;><img src=x onerror=alert(1)>">Hi</h2>',
    )
    expect(editor.getJSON().content?.[0]).toEqual(item(null, 'Hi'))
    expect(editor.getHTML()).not.toContain('onerror')
  })

  it('reads forged attributes as none', () => {
    for (const number of ['', '<b>', 42, '3'.repeat(21), ' 3', '__proto__ x\n']) {
      expect(readAgendaItemAttributes({ attrs: { number } })).toEqual({
        number: null,
        ...noReference,
      })
    }
    for (const reference of [
      'javascript:alert(1)',
      ' JaVa\tscript:x',
      '//evil.example',
      42,
      ['https://a.example'],
      `https://a.example/${'x'.repeat(5000)}`,
    ]) {
      expect(readAgendaItemAttributes({ attrs: { reference, referenceLabel: '#1' } })).toEqual({
        number: null,
        ...noReference,
      })
    }
    for (const referenceLabel of ['', ' #1', '#1\n', 'x'.repeat(41), 151, '\u202e#1']) {
      expect(
        readAgendaItemAttributes({ attrs: { reference: 'https://a.example', referenceLabel } }),
      ).toEqual({ number: null, reference: 'https://a.example', referenceLabel: null })
    }
    // A label means nothing without its link.
    expect(readAgendaItemAttributes({ attrs: { referenceLabel: '#1' } })).toEqual({
      number: null,
      ...noReference,
    })
  })

  it('keeps its reference in the HTML it writes and reads back only a safe one', () => {
    const html = createTestEditor(agenda).getHTML()
    expect(html).toContain(
      'data-reference="https://example.org/issues/7" data-reference-label="#7"',
    )
    const pasted = createTestEditor(
      '<h2 data-type="agenda-item" data-number="2" data-reference="javascript:alert(1)" data-reference-label="#1">Hi</h2>',
    )
    expect(pasted.getJSON().content?.[0]).toEqual(item('2', 'Hi'))
  })

  it('words its reference as its label, or its link without one', () => {
    expect(
      agendaReferenceText({ number: '1', reference: 'https://a.example/1', referenceLabel: '#1' }),
    ).toBe('#1')
    expect(
      agendaReferenceText({ number: '1', reference: 'https://a.example/1', referenceLabel: null }),
    ).toBe('https://a.example/1')
    expect(agendaReferenceText({ number: '1', ...noReference })).toBeNull()
  })

  it('renumbers every item in one step, sub-items under their parent, keeping references', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        item('4', 'Welcome'),
        paragraph('Hello.'),
        item('2', 'Budget'),
        item('2.7', 'Income'),
        item('1.1', 'Spending'),
        item('TB 25/061', 'Patient story'),
        item(null, 'Any other business'),
        item('9.9', 'Closing'),
      ],
    })
    let transactions = 0
    editor.on('transaction', () => {
      transactions += 1
    })
    expect(editor.commands.renumberAgendaItems()).toBe(true)
    // One transaction: one step for the undo manager.
    expect(transactions).toBe(1)
    const numbers = () =>
      (editor.getJSON().content ?? [])
        .filter((node) => node.type === 'agendaItem')
        .map((node) => node.attrs?.number)
    expect(numbers()).toEqual(['1', '2', '2.1', '2.2', 'TB 25/061', '3', '3.1'])
    expect(editor.commands.renumberAgendaItems()).toBe(false)
  })

  it('words its heading with its number', () => {
    expect(describeAgendaItem('3', 'Review of membership')).toBe('3. Review of membership')
    expect(describeAgendaItem(null, 'Welcome')).toBe('Welcome')
    expect(describeAgendaItem('7.1', 'Payments')).toBe('7.1 Payments')
    expect(describeAgendaItem('TB 25/061', 'Patient story')).toBe('TB 25/061 Patient story')
  })

  describe('schema', () => {
    it('holds text only: no blocks inside an item', () => {
      expect(checkDoc(item('1', 'Welcome'))).not.toThrow()
      expect(checkDoc({ type: 'agendaItem', attrs: { number: '1' } })).not.toThrow()
      expect(
        checkDoc({ type: 'agendaItem', attrs: { number: '1' }, content: [paragraph('Nested')] }),
      ).toThrow(/Invalid content for node agendaItem/)
    })
  })
})
