import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { MinutesExport } from '../MinutesExport'

/** Fictional minutes using every node type, with the hostile text an export must defuse. */
export const samplePeople: Person[] = [
  { id: 'p-chair', name: 'Baroness Ferris of Coldwater' },
  { id: 'p-vice1', name: 'Cara Whitlock MP' },
  { id: 'p-vice2', name: 'Lord Pennington of Aldwick' },
  { id: 'p-clerk', name: 'Daniel Frost' },
  { id: 'p-tate', name: 'Imogen Tate', title: 'Dr', organisation: 'Northfield University' },
  { id: 'p-siân', name: 'Siân Pritchard', organisation: 'Brackenhurst County Council' },
  { id: 'p-asker', name: 'Helen Marsh', organisation: 'Reading Rooms Network' },
]

export const hostileScript = '<script>alert("minutes")</script>'

const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const paragraph = (...content: (string | JSONContent)[]): JSONContent => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
})
const bullets = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
})
const link = (value: string, href: string) => text(value, [{ type: 'link', attrs: { href } }])

export const sampleContent: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      content: [
        {
          type: 'bodyName',
          content: [text('All-Party Parliamentary Group on Community Libraries')],
        },
        { type: 'officer', attrs: { role: 'chair', personId: 'p-chair' } },
        { type: 'officer', attrs: { role: 'viceChair', personId: 'p-vice1' } },
        { type: 'officer', attrs: { role: 'viceChair', personId: 'p-vice2' } },
        { type: 'officer', attrs: { role: 'clerk', personId: 'p-clerk' } },
      ],
    },
    {
      type: 'meetingDetails',
      attrs: {
        date: '2025-10-14',
        startTime: '14:00',
        endTime: '15:30',
        place: 'Committee Room 9, House of Commons',
        bookingNote: 'booked in the name of Baroness Ferris of Coldwater',
        seriesTitle: 'Libraries and Digital Inclusion inquiry',
        sessionLabel: 'Oral evidence session',
        sessionNumber: '2',
        sessionTitle: 'Getting everyone online',
        nextDate: '2025-11-11',
      },
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'members' },
      content: [
        { type: 'attendee', attrs: { personId: 'p-chair' } },
        { type: 'attendee', attrs: { personId: 'p-vice1' } },
      ],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'speakers' },
      content: [
        { type: 'attendee', attrs: { personId: 'p-tate' } },
        { type: 'attendee', attrs: { personId: 'p-siân' } },
      ],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'apologies' },
      content: [{ type: 'attendee', attrs: { personId: 'p-vice2' } }],
    },
    { type: 'agendaItem', attrs: { number: '1' }, content: [text('Welcome')] },
    paragraph('Baroness Ferris of Coldwater welcomed everyone to the meeting.'),
    {
      type: 'agendaItem',
      attrs: {
        number: '2',
        reference: 'https://example.org/appg/papers/digital-exclusion',
        referenceLabel: 'Paper 14',
      },
      content: [text('Evidence on digital exclusion')],
    },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-tate' },
      content: [
        paragraph('explained that her team had followed 400 households for two years.'),
        { type: 'heading', attrs: { level: 4 }, content: [text('Who is left offline')] },
        bullets('Older people living alone.', `People who type ${hostileScript} into forms.`),
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [
            { type: 'listItem', content: [paragraph('Lend devices.')] },
            {
              type: 'listItem',
              content: [paragraph('Fund staff time.'), bullets('For three years.')],
            },
          ],
        },
        paragraph(
          'Read ',
          link('the report', 'https://example.org/report'),
          ' or ',
          link('click here', 'javascript:alert(document.cookie)'),
          ' or ',
          text('write to us', [
            { type: 'bold' },
            { type: 'link', attrs: { href: 'mailto:clerk@example.org' } },
          ]),
          '.',
        ),
        {
          type: 'recommendation',
          attrs: { status: 'agreed', addressee: 'Department for Education', proposerId: 'p-asker' },
          content: [paragraph('Libraries should be funded to lend devices and data.')],
        },
        {
          type: 'recommendation',
          // Proposed by the speaker whose section holds it, so the lead need not say so.
          attrs: { status: 'proposed', addressee: null, proposerId: 'p-tate' },
          content: [paragraph('Publish which forms are hardest to complete offline.')],
        },
      ],
    },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-siân' },
      content: [
        paragraph('explained how Brackenhurst had moved its help desk into four branch libraries.'),
        {
          type: 'decision',
          content: [paragraph('Resolved, That the Group write to the Minister.')],
        },
      ],
    },
    {
      type: 'questionAnswer',
      content: [
        {
          type: 'question',
          attrs: { askerId: 'p-asker' },
          content: [paragraph('How can small rural libraries offer help?')],
        },
        {
          type: 'answer',
          attrs: { speakerId: 'p-siân' },
          content: [paragraph('answered that volunteers now run sessions.')],
        },
        {
          type: 'answer',
          attrs: { speakerId: 'p-tate' },
          content: [paragraph('added that mobile libraries carry devices.')],
        },
      ],
    },
    {
      type: 'chairSummary',
      attrs: { chairId: 'p-chair' },
      content: [
        paragraph('summed up the meeting by drawing out key themes.'),
        bullets('Access to a device matters as much as skills.', 'Funding must cover staff time.'),
      ],
    },
    {
      type: 'actionItem',
      attrs: { ownerId: 'p-clerk', dueDate: '2025-03-12', status: 'open' },
      content: [paragraph('Write to the Minister with the recommendations')],
    },
  ],
}

export function sampleMinutes(overrides: Partial<MinutesExport> = {}): MinutesExport {
  return {
    title: 'Community Libraries APPG — 14 October 2025',
    status: 'draft',
    content: sampleContent,
    people: samplePeople,
    exportedAt: new Date('2025-10-20T10:00:00Z'),
    ...overrides,
  }
}
