import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { MinutesExport } from '../MinutesExport'

/** Fictional minutes with a table, an action table and a note on an attendance list. */
const people: Person[] = [
  { id: 'p-hale', name: 'Margaret Hale', title: 'Cllr', role: 'Chair' },
  { id: 'p-dunn', name: 'Carol Dunn', title: 'Mrs', role: 'Clerk' },
  { id: 'p-price', name: 'Susan Price', title: 'Cllr' },
]

const text = (value: string, bold = false): JSONContent =>
  bold ? { type: 'text', text: value, marks: [{ type: 'bold' }] } : { type: 'text', text: value }
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const cell = (type: string, content: JSONContent[], colspan = 1): JSONContent => ({
  type,
  attrs: { colspan, rowspan: 1, colwidth: null, align: null },
  content,
})
const action = (
  ownerId: string | null,
  words: string,
  attrs: Record<string, string | null>,
): JSONContent => ({
  type: 'actionItem',
  attrs: {
    ownerId,
    dueDate: null,
    status: 'open',
    label: 'Action | Who | By | Status',
    ownerLabel: null,
    dueLabel: null,
    statusLabel: null,
    ...attrs,
  },
  content: [paragraph(text(words))],
})

const content: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      content: [
        { type: 'bodyName', content: [text('ASHCOMBE PARISH COUNCIL')] },
        { type: 'officer', attrs: { role: 'chair', personId: 'p-hale', label: null } },
      ],
    },
    {
      type: 'meetingDetails',
      attrs: {
        date: '2025-03-03',
        dateLabel: '3 March 2025',
        startTime: '19:30',
        place: 'Village Hall',
      },
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'members', label: 'Present', note: null },
      content: [
        { type: 'attendee', attrs: { personId: 'p-hale' } },
        { type: 'attendee', attrs: { personId: 'p-price' } },
      ],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'inAttendance', label: null, note: '4 members of the public' },
      content: [{ type: 'attendee', attrs: { personId: 'p-dunn' } }],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            cell('tableHeader', [paragraph(text('Item'))]),
            cell('tableHeader', [paragraph(text('Cost'))]),
          ],
        },
        {
          type: 'tableRow',
          content: [
            cell('tableCell', [paragraph(text('Hall', true), text(' hire'))]),
            cell('tableCell', [paragraph(text('£120'))]),
          ],
        },
        {
          type: 'tableRow',
          content: [
            cell('tableCell', [paragraph(text('Tea')), paragraph(text('and coffee'))]),
            cell('tableCell', [paragraph(text('£18'))]),
          ],
        },
      ],
    },
    action('p-dunn', 'Report the pothole', { dueDate: '2025-03-14', status: 'open' }),
    action(null, 'Tell residents', {
      ownerLabel: 'All members',
      dueLabel: 'end of March',
      status: 'done',
      statusLabel: 'Complete',
    }),
  ],
}

export function tabledMinutes(): MinutesExport {
  return {
    title: 'Ashcombe Parish Council — 3 March 2025',
    status: 'draft',
    content,
    people,
    exportedAt: new Date('2025-03-10T10:00:00Z'),
  }
}
