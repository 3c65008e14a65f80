// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'

const attendee = (personId: string): JSONContent => ({ type: 'attendee', attrs: { personId } })

const attendance: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'attendanceList',
      attrs: { kind: 'members', label: null, note: null },
      content: [attendee('p-massey'), attendee('p-loughton')],
    },
    {
      type: 'attendanceList',
      attrs: { kind: 'inAttendance', label: 'Voluntary sector in attendance', note: null },
      content: [attendee('p-barnardos')],
    },
    { type: 'attendanceList', attrs: { kind: 'apologies', label: null, note: null } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Welcome' }] },
  ],
}

describe('AttendanceList', () => {
  it('inserts an empty list of the given kind', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertAttendanceList('apologies')).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'attendanceList',
      attrs: { kind: 'apologies', label: null, note: null },
    })
  })

  it('inserts a list with its own heading', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertAttendanceList('inAttendance', 'Voluntary sector in attendance')
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'attendanceList',
      attrs: { kind: 'inAttendance', label: 'Voluntary sector in attendance', note: null },
    })
  })

  it('adds people, in order, to the selected list', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [{ type: 'attendanceList', attrs: { kind: 'members', label: null, note: null } }],
    })
    editor.commands.setNodeSelection(0)
    expect(editor.commands.addAttendee('p1')).toBe(true)
    expect(editor.commands.addAttendee('p2')).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'attendanceList',
      attrs: { kind: 'members', label: null, note: null },
      content: [attendee('p1'), attendee('p2')],
    })
  })

  it('adds a person to the list of the selected attendee', () => {
    const editor = createTestEditor(attendance)
    editor.commands.setNodeSelection(1) // p-massey, first on the members list
    expect(editor.commands.addAttendee('p-new')).toBe(true)
    expect(editor.getJSON().content?.[0]?.content).toEqual([
      attendee('p-massey'),
      attendee('p-loughton'),
      attendee('p-new'),
    ])
  })

  it('refuses a person who is already on the list and leaves the document alone', () => {
    const editor = createTestEditor(attendance)
    editor.commands.setNodeSelection(0)
    expect(editor.can().addAttendee('p-loughton')).toBe(false)
    expect(editor.commands.addAttendee('p-loughton')).toBe(false)
    expect(editor.getJSON()).toEqual(attendance)
  })

  it('accepts a person who is on another list only', () => {
    const editor = createTestEditor(attendance)
    const apologies = editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize
    editor.commands.setNodeSelection(apologies)
    expect(editor.commands.addAttendee('p-massey')).toBe(true)
    expect(editor.getJSON().content?.[2]).toEqual({
      type: 'attendanceList',
      attrs: { kind: 'apologies', label: null, note: null },
      content: [attendee('p-massey')],
    })
  })

  it('refuses to add a person outside a list', () => {
    const editor = createTestEditor(attendance)
    editor.commands.setTextSelection(editor.state.doc.content.size - 2) // inside "Welcome"
    expect(editor.commands.addAttendee('p1')).toBe(false)
    expect(editor.getJSON()).toEqual(attendance)
  })

  it('heads each list with its own label or the usual one for its kind', () => {
    const editor = createTestEditor(attendance)
    const headings = [...editor.view.dom.querySelectorAll('[data-type="attendance-list"] h2')].map(
      (element) => element.textContent,
    )
    expect(headings).toEqual([
      'Members in attendance',
      'Voluntary sector in attendance',
      'Apologies',
    ])
  })

  it('round-trips through JSON with every kind, label and person', () => {
    expectRoundTrip(attendance, 'JSON')
  })

  it('round-trips through HTML with every kind, label and person', () => {
    expectRoundTrip(attendance, 'HTML')
  })

  it('reads an unknown kind from HTML as the first kind, members', () => {
    const editor = createTestEditor(
      '<section data-type="attendance-list" data-kind="visitors"><h2>Visitors</h2><ul></ul></section>',
    )
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'attendanceList',
      attrs: { kind: 'members', label: null, note: null },
    })
  })

  describe('schema', () => {
    it('accepts lists of attendees, empty or not', () => {
      expect(checkDoc(...(attendance.content ?? []))).not.toThrow()
    })

    it('refuses an attendee outside a list', () => {
      expect(checkDoc(attendee('p1'))).toThrow(/Invalid content for node doc/)
    })

    it('refuses anything but attendees inside a list', () => {
      expect(
        checkDoc({
          type: 'attendanceList',
          attrs: { kind: 'members' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Jane Smith' }] }],
        }),
      ).toThrow(/Invalid content for node attendanceList/)
    })
  })
  it('keeps a note of those it does not name, after the names, through HTML', () => {
    const noted: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'attendanceList',
          attrs: { kind: 'inAttendance', label: null, note: '4 members of the public' },
          content: [attendee('p1')],
        },
      ],
    }
    const html = createTestEditor(noted).getHTML()
    expect(html).toMatch(/<\/ul><p class="attendance-note"[^>]*>4 members of the public<\/p>/)
    expect(createTestEditor(html).getJSON()).toEqual(noted)
  })
})
