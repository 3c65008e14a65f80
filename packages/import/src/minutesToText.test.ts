import type { Person } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { describe, expect, it } from 'vitest'
import { minutesToText } from './minutesToText'

const people: Person[] = [
  { id: 'massey', name: 'Baroness Massey of Darwen', role: 'Chair' },
  { id: 'lee', name: 'Jessica Lee MP', role: 'Vice-Chair' },
  { id: 'walmsley', name: 'Baroness Walmsley', role: 'Vice-Chair' },
  { id: 'bailey', name: 'Simon Bailey', title: 'Chief Constable', organisation: 'ACPO' },
  { id: 'sandwell', name: 'Marion Sandwell', organisation: 'YJB' },
  { id: 'dawes', name: 'Lucy Dawes', organisation: 'YJB' },
]
describe('minutesToText', () => {
  it('keeps a footnote’s words where its mark stands', () => {
    const noted = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Staff rose' },
        { type: 'footnote', attrs: { text: 'From April 2026.' } },
        { type: 'text', text: ' sharply.' },
      ],
    }
    expect(minutesToText({ type: 'doc', content: [noted] }, people)).toBe(
      'Staff rose [From April 2026.] sharply.',
    )
  })

  it('prints the header with officers of one role on one line', () => {
    const header = {
      type: 'meetingHeader',
      content: [
        { type: 'bodyName', content: [{ type: 'text', text: 'APPG FOR CHILDREN' }] },
        { type: 'officer', attrs: { role: 'chair', personId: 'massey', label: null } },
        { type: 'officer', attrs: { role: 'viceChair', personId: 'lee', label: 'Vice-Chairmen' } },
        {
          type: 'officer',
          attrs: { role: 'viceChair', personId: 'walmsley', label: 'Vice-Chairmen' },
        },
      ],
    }
    expect(minutesToText({ type: 'doc', content: [header] }, people)).toBe(
      'APPG FOR CHILDREN\nChair: Baroness Massey of Darwen\nVice-Chairmen: Jessica Lee MP and Baroness Walmsley',
    )
  })

  it('prints meeting details as describeMeetingDetails words them', () => {
    const details = {
      type: 'meetingDetails',
      attrs: { date: '2014-05-06', startTime: '16:30', endTime: '18:15', place: 'Room G' },
    }
    expect(minutesToText({ type: 'doc', content: [details] }, people)).toBe(
      'Tuesday 6th May 2014\n4:30-6:15pm, Room G',
    )
  })

  it('lists attendees by name and organisation, people of one organisation together', () => {
    const list = {
      type: 'attendanceList',
      attrs: { kind: 'speakers', label: null },
      content: ['bailey', 'sandwell', 'dawes', 'massey'].map((personId) => ({
        type: 'attendee',
        attrs: { personId },
      })),
    }
    expect(minutesToText({ type: 'doc', content: [list] }, people)).toBe(
      'Attendance\n\nSpeakers: Chief Constable Simon Bailey (ACPO), Marion Sandwell (YJB) and Lucy Dawes (YJB) and Baroness Massey of Darwen (Chair)',
    )
  })

  it('leads sections, answers and summaries with the person', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'speakerSection',
          attrs: { speakerId: 'bailey' },
          content: [
            paragraph('explained his role.'),
            {
              type: 'heading',
              attrs: { level: 3 },
              content: [{ type: 'text', text: 'Challenges' }],
            },
          ],
        },
        {
          type: 'questionAnswer',
          content: [
            { type: 'question', attrs: { askerId: null }, content: [paragraph('Why?')] },
            {
              type: 'answer',
              attrs: { speakerId: 'bailey' },
              content: [paragraph('stated that it is hard.')],
            },
          ],
        },
        {
          type: 'chairSummary',
          attrs: { chairId: 'massey', label: 'Key themes' },
          content: [paragraph('summed up.')],
        },
      ],
    }
    expect(minutesToText(doc, people)).toBe(
      [
        'Chief Constable Simon Bailey (ACPO): explained his role.',
        'Challenges',
        'Q: Why?',
        'Chief Constable Simon Bailey (ACPO): stated that it is hard.',
        'Key themes',
        'Baroness Massey of Darwen: summed up.',
      ].join('\n\n'),
    )
  })

  it('prints nested lists indented and line breaks as lines', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                paragraph('a'),
                {
                  type: 'orderedList',
                  attrs: { start: 1 },
                  content: [{ type: 'listItem', content: [paragraph('b')] }],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'x' },
            { type: 'hardBreak' },
            { type: 'text', text: 'y' },
          ],
        },
      ],
    }
    expect(minutesToText(doc, people)).toBe('- a\n  1. b\n\nx\ny')
  })
})
