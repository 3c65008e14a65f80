// @vitest-environment happy-dom
import { getSchema, type JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { createTestEditor } from '../testing/createTestEditor'
import { evidenceSessionDetails } from '../testing/evidenceSessionDetails'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { noMeetingDetails } from '../testing/noMeetingDetails'
import type { MeetingDetailsAttributes } from './MeetingDetails'

const noDetails = noMeetingDetails()

const allDetails: MeetingDetailsAttributes = {
  ...evidenceSessionDetails(),
  sessionTitle: 'Virtual school heads & "designated teachers"',
  dateLabel: 'Date: 6/5/14',
  timeLabel: 'half past four to quarter past six',
}

const details: JSONContent = {
  type: 'doc',
  content: [
    { type: 'meetingDetails', attrs: allDetails },
    { type: 'paragraph', content: [{ type: 'text', text: 'Present:' }] },
  ],
}

describe('MeetingDetails', () => {
  it('inserts details with the given attributes and every other one empty', () => {
    const editor = createTestEditor('<p></p>')
    expect(
      editor.commands.insertMeetingDetails({ date: '2014-05-06', place: 'Committee Room 4A' }),
    ).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingDetails',
      attrs: { ...noDetails, date: '2014-05-06', place: 'Committee Room 4A' },
    })
  })

  it('inserts empty details when given no attributes', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertMeetingDetails()
    expect(editor.getJSON().content?.[0]).toEqual({ type: 'meetingDetails', attrs: noDetails })
  })

  it('updates only the given attributes of the selected details', () => {
    const editor = createTestEditor(details)
    editor.commands.setNodeSelection(0)
    expect(editor.commands.updateMeetingDetails({ endTime: '18:30', place: null })).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingDetails',
      attrs: { ...allDetails, endTime: '18:30', place: null },
    })
  })

  it('refuses to update when no details are selected', () => {
    const editor = createTestEditor(details)
    editor.commands.setTextSelection(3) // inside "Present:"
    expect(editor.commands.updateMeetingDetails({ place: 'Elsewhere' })).toBe(false)
    expect(editor.getJSON()).toEqual(details)
  })

  it('round-trips through JSON with every attribute', () => {
    expectRoundTrip(details, 'JSON')
  })

  it('round-trips through HTML with every attribute', () => {
    expectRoundTrip(details, 'HTML')
  })

  it('reads attributes missing from HTML as empty', () => {
    const editor = createTestEditor(
      '<div data-type="meeting-details" data-date="2014-05-06" data-session-number="3"></div>',
    )
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingDetails',
      attrs: { ...noDetails, date: '2014-05-06', sessionNumber: '3' },
    })
  })

  it('writes no data attribute for an empty value', () => {
    const html = createTestEditor({
      type: 'doc',
      content: [{ type: 'meetingDetails', attrs: { ...noDetails, date: '2014-05-06' } }],
    }).getHTML()
    expect(html).toContain('data-date="2014-05-06"')
    expect(html).not.toContain('data-place')
    expect(html).not.toContain('null')
  })

  it('is an atom: the schema refuses content inside it', () => {
    const schema = getSchema(minutesExtensions())
    const withContent: JSONContent = {
      type: 'doc',
      content: [{ type: 'meetingDetails', attrs: noDetails, content: [{ type: 'paragraph' }] }],
    }
    expect(() => schema.nodeFromJSON(withContent).check()).toThrow(
      /Invalid content for node meetingDetails/,
    )
  })
})
