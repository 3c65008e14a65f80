// @vitest-environment happy-dom
import { getSchema, type JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { minutesExtensions, minutesNodes } from './minutesExtensions'
import { createTestEditor } from './testing/createTestEditor'
import { evidenceSessionDetails } from './testing/evidenceSessionDetails'
import { expectRoundTrip } from './testing/expectRoundTrip'
import { paragraph } from './testing/paragraph'

const text = (value: string): JSONContent => ({ type: 'text', text: value })
const bulletList = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
})

/** Minutes of one evidence session, using every node type the schema defines. */
const minutes: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      content: [
        {
          type: 'bodyName',
          content: [text('All-Party Parliamentary Group for Looked After Children')],
        },
        { type: 'officer', attrs: { role: 'chair', personId: 'p-massey', label: null } },
        {
          type: 'officer',
          attrs: { role: 'viceChair', personId: 'p-loughton', label: 'Vice-Chairmen' },
        },
        { type: 'officer', attrs: { role: 'secretary', personId: 'p-clerk', label: null } },
      ],
    },
    {
      type: 'meetingDetails',
      attrs: evidenceSessionDetails(),
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'members', label: null, note: '2 members of the public' },
      content: [
        { type: 'attendee', attrs: { personId: 'p-massey' } },
        { type: 'attendee', attrs: { personId: 'p-loughton' } },
      ],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'speakers', label: null, note: null },
      content: [{ type: 'attendee', attrs: { personId: 'p-hart' } }],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'inAttendance', label: 'Voluntary sector in attendance', note: null },
      content: [{ type: 'attendee', attrs: { personId: 'p-barnardos' } }],
    },
    { type: 'attendanceList', attrs: { kind: 'apologies', label: null, note: null } },
    {
      type: 'agendaItem',
      attrs: {
        number: '2',
        reference: 'https://example.org/issues/2',
        referenceLabel: '#2',
      },
      content: [text('Evidence')],
    },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-hart' },
      content: [
        {
          type: 'paragraph',
          content: [
            text('Described the role of the virtual school head.'),
            { type: 'footnote', attrs: { text: 'Added in correction: since 2014.' } },
          ],
        },
        bulletList('Tracking attainment', 'Training designated teachers'),
        { type: 'blockquote', content: [paragraph('“Every child matters.”')] },
        {
          type: 'recommendation',
          attrs: { addressee: 'Department for Education', status: 'agreed', proposerId: 'p-hart' },
          content: [paragraph('Make the role statutory.'), bulletList('in every authority')],
        },
        { type: 'decision', content: [paragraph('Resolved, That the evidence be published.')] },
        {
          type: 'actionItem',
          attrs: {
            ownerId: 'p-clerk',
            dueDate: '2014-06-03',
            status: 'inProgress',
            label: null,
            ownerLabel: null,
            dueLabel: null,
            statusLabel: null,
          },
          content: [paragraph('Write to the Minister.')],
        },
      ],
    },
    {
      type: 'questionAnswer',
      content: [
        {
          type: 'question',
          attrs: { askerId: 'p-foster-carer' },
          content: [paragraph('How are carers told of exclusions?')],
        },
        {
          type: 'answer',
          attrs: { speakerId: 'p-hart' },
          content: [
            paragraph('Too late, often.'),
            {
              type: 'recommendation',
              attrs: { addressee: 'Schools', status: 'proposed', proposerId: null },
              content: [paragraph('Tell carers the same day.')],
            },
          ],
        },
      ],
    },
    {
      type: 'chairSummary',
      attrs: { chairId: 'p-massey', label: 'Key themes' },
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [text('Stability')] },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [paragraph('Fewer placement moves')] }],
        },
      ],
    },
    { type: 'decision', content: [paragraph('Resolved, That the next meeting be in June.')] },
    {
      type: 'actionItem',
      attrs: {
        ownerId: null,
        dueDate: null,
        status: 'open',
        label: 'Action | Who | By when | Progress',
        ownerLabel: 'Clerk',
        dueLabel: 'June',
        statusLabel: 'Not started',
      },
      content: [paragraph('Book a larger room.')],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
              content: [paragraph('Vote')],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
              content: [paragraph('For: 6')],
            },
          ],
        },
      ],
    },
    {
      type: 'paragraph',
      content: [
        text('The meeting closed at '),
        { type: 'text', text: '6:15pm', marks: [{ type: 'bold' }] },
        text('.'),
      ],
    },
  ],
}

function typesIn(node: JSONContent): string[] {
  return [node.type ?? '', ...(node.content ?? []).flatMap(typesIn)]
}

describe('minutesExtensions', () => {
  it('is exercised here by a document holding every minutes node type', () => {
    const used = new Set(typesIn(minutes))
    expect(minutesNodes.map(({ name }) => name).filter((name) => !used.has(name))).toEqual([])
  })

  it('accepts the full minutes as valid', () => {
    const schema = getSchema(minutesExtensions())
    expect(() => schema.nodeFromJSON(minutes).check()).not.toThrow()
  })

  it('round-trips the full minutes through JSON unchanged', () => {
    expectRoundTrip(minutes, 'JSON')
  })

  it('round-trips the full minutes through HTML unchanged', () => {
    expectRoundTrip(minutes, 'HTML')
  })

  it('keeps structure and people when the whole minutes are copied into another document', () => {
    const source = createTestEditor(minutes)
    const { doc } = source.state
    const { dom } = source.view.serializeForClipboard(doc.slice(0, doc.content.size))
    const target = createTestEditor('<p></p>')
    expect(target.view.pasteHTML(dom.innerHTML)).toBe(true)
    expect(target.getJSON()).toEqual(minutes)
  })

  it('leaves undo to collaboration: no history of its own', () => {
    const names = createTestEditor('<p></p>').extensionManager.extensions.map(({ name }) => name)
    expect(names).not.toContain('undoRedo')
    expect(names).toEqual(expect.arrayContaining(minutesNodes.map(({ name }) => name)))
  })
})
