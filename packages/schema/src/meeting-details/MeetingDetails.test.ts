// @vitest-environment happy-dom
import { type Content, Editor, getSchema, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import type { MeetingDetailsAttributes } from './MeetingDetails'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content: Content): Editor {
  const editor = new Editor({ extensions: minutesExtensions(), content })
  editors.push(editor)
  return editor
}

const noDetails: MeetingDetailsAttributes = {
  date: null,
  startTime: null,
  endTime: null,
  place: null,
  bookingNote: null,
  seriesTitle: null,
  sessionLabel: null,
  sessionNumber: null,
  sessionTitle: null,
  dateLabel: null,
  timeLabel: null,
}

const allDetails: MeetingDetailsAttributes = {
  date: '2014-05-06',
  startTime: '16:30',
  endTime: '18:15',
  place: 'Committee Room 4A, House of Lords',
  bookingNote: 'booked in the name of Baroness Massey of Darwen',
  seriesTitle: 'Inquiry into the educational attainment of looked after children',
  sessionLabel: 'Oral evidence session',
  sessionNumber: '2',
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
    const editor = createEditor('<p></p>')
    expect(
      editor.commands.insertMeetingDetails({ date: '2014-05-06', place: 'Committee Room 4A' }),
    ).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingDetails',
      attrs: { ...noDetails, date: '2014-05-06', place: 'Committee Room 4A' },
    })
  })

  it('inserts empty details when given no attributes', () => {
    const editor = createEditor('<p></p>')
    editor.commands.insertMeetingDetails()
    expect(editor.getJSON().content?.[0]).toEqual({ type: 'meetingDetails', attrs: noDetails })
  })

  it('updates only the given attributes of the selected details', () => {
    const editor = createEditor(details)
    editor.commands.setNodeSelection(0)
    expect(editor.commands.updateMeetingDetails({ endTime: '18:30', place: null })).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingDetails',
      attrs: { ...allDetails, endTime: '18:30', place: null },
    })
  })

  it('refuses to update when no details are selected', () => {
    const editor = createEditor(details)
    editor.commands.setTextSelection(3) // inside "Present:"
    expect(editor.commands.updateMeetingDetails({ place: 'Elsewhere' })).toBe(false)
    expect(editor.getJSON()).toEqual(details)
  })

  it('round-trips through JSON with every attribute', () => {
    const original = createEditor(details)
    expect(original.getJSON()).toEqual(details)
    expect(createEditor(original.getJSON()).getJSON()).toEqual(details)
  })

  it('round-trips through HTML with every attribute', () => {
    const html = createEditor(details).getHTML()
    expect(createEditor(html).getJSON()).toEqual(details)
  })

  it('reads attributes missing from HTML as empty', () => {
    const editor = createEditor(
      '<div data-type="meeting-details" data-date="2014-05-06" data-session-number="3"></div>',
    )
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingDetails',
      attrs: { ...noDetails, date: '2014-05-06', sessionNumber: '3' },
    })
  })

  it('writes no data attribute for an empty value', () => {
    const html = createEditor({
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
