import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { MinutesExport } from '../MinutesExport'

/** Breaks out of a quoted attribute into an element that sends every reader elsewhere. */
export const attributeBreakout =
  'proposed"><meta http-equiv="refresh" content="1;url=https://evil.example/">'
/** For places that are not quoted: a tag name, a Markdown link, a line start. */
const unquoted = '2 onclick=alert(1)><script>alert(1)</script>'
const markdownLink = '](javascript:alert(1))<img src=x onerror=alert(1)>'
const hostileText = `${attributeBreakout}<script>alert(1)</script>${markdownLink}`
const hostileHrefs = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'ftp://files.example.org/minutes.pdf',
  '//evil.example/x',
  'https://example.org/"><script>alert(1)</script>',
]

const people: Person[] = [
  {
    id: 'p-hostile',
    name: hostileText,
    title: hostileText,
    organisation: hostileText,
    role: hostileText,
  },
]

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const links = hostileHrefs.map((href) => ({
  type: 'text',
  text: `link ${href}`,
  marks: [
    {
      type: 'link',
      attrs: { href, target: attributeBreakout, rel: hostileText, class: hostileText },
    },
  ],
}))
const cell = (type: string): JSONContent => ({
  type,
  attrs: { colspan: unquoted, rowspan: attributeBreakout, colwidth: hostileText, align: unquoted },
  content: [paragraph(text(hostileText))],
})

/**
 * Minutes with a hostile value in every attribute, as a speaker could write them through Yjs
 * before the server checked attributes, and in every field of the people register.
 */
export function hostileMinutes(): MinutesExport {
  const content: JSONContent = {
    type: 'doc',
    content: [
      {
        type: 'meetingHeader',
        content: [
          { type: 'bodyName', content: [text(hostileText)] },
          {
            type: 'officer',
            attrs: { role: attributeBreakout, personId: 'p-hostile', label: hostileText },
          },
          { type: 'officer', attrs: { role: 'chair', personId: attributeBreakout, label: null } },
        ],
      },
      {
        type: 'meetingDetails',
        attrs: {
          date: attributeBreakout,
          startTime: attributeBreakout,
          endTime: unquoted,
          place: hostileText,
          bookingNote: hostileText,
          seriesTitle: hostileText,
          sessionLabel: hostileText,
          sessionNumber: hostileText,
          sessionTitle: hostileText,
          dateLabel: hostileText,
          timeLabel: hostileText,
        },
      },
      {
        type: 'attendanceList',
        attrs: { kind: attributeBreakout, label: hostileText, note: hostileText },
        content: [
          { type: 'attendee', attrs: { personId: 'p-hostile' } },
          { type: 'attendee', attrs: { personId: attributeBreakout } },
        ],
      },
      { type: 'heading', attrs: { level: unquoted }, content: [text(hostileText)] },
      {
        type: 'agendaItem',
        attrs: {
          number: attributeBreakout,
          reference: 'javascript:alert(1)',
          referenceLabel: '#1',
        },
        content: [text(hostileText)],
      },
      {
        type: 'agendaItem',
        // A label the check allows that Markdown and HTML would read as syntax if not escaped.
        attrs: {
          number: unquoted,
          reference: 'https://example.org/issues/1',
          referenceLabel: '](javascript:alert(1))<b>',
        },
        content: [text(markdownLink)],
      },
      {
        type: 'speakerSection',
        attrs: { speakerId: 'p-hostile' },
        content: [
          paragraph(...links),
          {
            type: 'recommendation',
            attrs: {
              status: attributeBreakout,
              addressee: hostileText,
              proposerId: attributeBreakout,
            },
            content: [paragraph(text(hostileText))],
          },
          {
            type: 'actionItem',
            attrs: {
              status: attributeBreakout,
              ownerId: attributeBreakout,
              dueDate: attributeBreakout,
              label: null,
              ownerLabel: hostileText,
              dueLabel: hostileText,
              statusLabel: hostileText,
            },
            content: [paragraph(text(hostileText))],
          },
          {
            type: 'orderedList',
            attrs: { start: unquoted, type: attributeBreakout },
            content: [{ type: 'listItem', content: [paragraph(text(hostileText))] }],
          },
          {
            type: 'table',
            content: [
              { type: 'tableRow', content: [cell('tableHeader')] },
              { type: 'tableRow', content: [cell('tableCell')] },
            ],
          },
        ],
      },
      {
        type: 'speakerSection',
        attrs: { speakerId: attributeBreakout },
        content: [{ type: 'blockquote', content: [paragraph(text(hostileText))] }],
      },
      {
        type: 'questionAnswer',
        content: [
          {
            type: 'question',
            attrs: { askerId: attributeBreakout },
            content: [paragraph(text(hostileText))],
          },
          {
            type: 'answer',
            attrs: { speakerId: 'p-hostile' },
            content: [paragraph(text(hostileText))],
          },
        ],
      },
      {
        type: 'chairSummary',
        attrs: { chairId: attributeBreakout, label: hostileText },
        content: [paragraph(text(hostileText))],
      },
      { type: 'codeBlock', attrs: { language: attributeBreakout }, content: [text(hostileText)] },
    ],
  }
  return {
    title: hostileText,
    status: 'draft',
    content,
    people,
    exportedAt: new Date('2025-10-14T12:00:00Z'),
  }
}
