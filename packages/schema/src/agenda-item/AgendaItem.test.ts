// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'
import { agendaItemLevel, describeAgendaItem, readAgendaItemAttributes } from './AgendaItem'

const item = (number: string | null, title: string): JSONContent => ({
  type: 'agendaItem',
  attrs: { number },
  content: [{ type: 'text', text: title }],
})

const agenda: JSONContent = {
  type: 'doc',
  content: [
    item('3', 'Review of membership'),
    paragraph('The membership was reviewed.'),
    item('3.1', 'New members'),
    {
      type: 'agendaItem',
      attrs: { number: null },
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
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ number: '1' })
    editor.commands.updateAgendaItem({ number: 'TB 25/061' })
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ number: 'TB 25/061' })
  })

  it('is shown as a heading, deeper for sub-items, with its number for styles to print', () => {
    const html = createTestEditor(agenda).getHTML()
    expect(html).toContain('<h2 data-number="3" data-type="agenda-item" class="agenda-item">')
    expect(html).toContain('<h3 data-number="3.1" data-type="agenda-item" class="agenda-item">')
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
      expect(readAgendaItemAttributes({ attrs: { number } })).toEqual({ number: null })
    }
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
