import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { MinutesExport } from '../MinutesExport'

/**
 * Fictional circulated minutes where the correction round accepted two passages as new
 * material: footnotes in a speaker's section and an answer, one of them with characters every
 * format must escape.
 */
const people: Person[] = [
  { id: 'p-ward', name: 'Helen Ward', title: 'Dr', organisation: 'Northfield Trust' },
  { id: 'p-osei', name: 'Kofi Osei', organisation: 'Youth Panel' },
]

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const footnote = (words: string): JSONContent => ({ type: 'footnote', attrs: { text: words } })
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })

const content: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Northfield Youth Forum')] },
    { type: 'agendaItem', attrs: { number: '1' }, content: [text('Staffing')] },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-ward' },
      content: [
        paragraph(
          text('The trust needs twelve more youth workers'),
          footnote('From April 2026, when the new centre opens.'),
          text(' to keep every centre open.'),
        ),
        paragraph(text('Funding was agreed in principle.')),
      ],
    },
    {
      type: 'questionAnswer',
      content: [
        {
          type: 'question',
          attrs: { askerId: 'p-osei' },
          content: [paragraph(text('Will evening sessions continue?'))],
        },
        {
          type: 'answer',
          attrs: { speakerId: 'p-ward' },
          content: [
            paragraph(
              text('Yes, on three evenings a week.'),
              footnote('See <b>*Annex B*</b> & [the rota](javascript:alert(1)).'),
            ),
          ],
        },
      ],
    },
  ],
}

export function footnotedMinutes(): MinutesExport {
  return {
    title: 'Northfield Youth Forum — 12 March 2026',
    status: 'circulated',
    content,
    people,
    exportedAt: new Date('2026-03-20T10:00:00Z'),
  }
}
