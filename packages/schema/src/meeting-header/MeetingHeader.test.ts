// @vitest-environment happy-dom
import { getSchema, type JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'

const schema = getSchema(minutesExtensions())

const bodyName = (text: string): JSONContent => ({
  type: 'bodyName',
  content: [{ type: 'text', text }],
})

const header: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      content: [
        bodyName('All-Party Parliamentary Group for Looked After Children'),
        { type: 'officer', attrs: { role: 'chair', personId: 'p-massey', label: null } },
        {
          type: 'officer',
          attrs: { role: 'viceChair', personId: 'p-loughton', label: 'Vice-Chairmen' },
        },
        { type: 'officer', attrs: { role: 'clerk', personId: 'p-clerk', label: null } },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Minutes' }] },
  ],
}

describe('MeetingHeader', () => {
  it('inserts a header holding the body name and no officers', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertMeetingHeader('Children’s Services Committee')).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingHeader',
      content: [bodyName('Children’s Services Committee')],
    })
  })

  it('inserts a header with an empty body name when none is given', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertMeetingHeader()
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingHeader',
      content: [{ type: 'bodyName' }],
    })
  })

  it('appends officers in the order they are added to the header around the selection', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [{ type: 'meetingHeader', content: [bodyName('Board')] }],
    })
    editor.commands.setTextSelection(3) // inside "Board"
    expect(editor.commands.addOfficer('chair', 'p1')).toBe(true)
    expect(editor.commands.addOfficer('secretary', 'p2')).toBe(true)

    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingHeader',
      content: [
        bodyName('Board'),
        { type: 'officer', attrs: { role: 'chair', personId: 'p1', label: null } },
        { type: 'officer', attrs: { role: 'secretary', personId: 'p2', label: null } },
      ],
    })
  })

  it('adds an officer when another officer is the selected node', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        {
          type: 'meetingHeader',
          content: [
            bodyName('Board'),
            { type: 'officer', attrs: { role: 'chair', personId: 'p1', label: null } },
          ],
        },
      ],
    })
    editor.commands.setNodeSelection(8) // the chair, after "Board"
    expect(editor.commands.addOfficer('treasurer', 'p3')).toBe(true)
    expect(
      editor.getJSON().content?.[0]?.content?.map((node: JSONContent) => node.attrs?.personId),
    ).toEqual([undefined, 'p1', 'p3'])
  })

  it('refuses to add an officer outside a header and leaves the document alone', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [
        { type: 'meetingHeader', content: [bodyName('Board')] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Apologies' }] },
      ],
    })
    const before = editor.getJSON()
    editor.commands.setTextSelection(10) // inside "Apologies"
    expect(editor.can().addOfficer('chair', 'p1')).toBe(false)
    expect(editor.commands.addOfficer('chair', 'p1')).toBe(false)
    expect(editor.getJSON()).toEqual(before)
  })

  it('shows each officer’s role, or the label these minutes use for it', () => {
    const editor = createTestEditor(header)
    const roles = [...editor.view.dom.querySelectorAll('[data-type="officer"]')].map(
      (element) => element.textContent,
    )
    expect(roles).toEqual(['Chair:', 'Vice-Chairmen:', 'Clerk:'])
  })

  it('round-trips through JSON with every officer, person and label', () => {
    expectRoundTrip(header, 'JSON')
  })

  it('round-trips through HTML with its body name, officers, people and labels', () => {
    expectRoundTrip(header, 'HTML')
  })

  it('reads an unknown officer role from pasted HTML as the first role, chair', () => {
    const editor = createTestEditor({
      type: 'doc',
      content: [{ type: 'meetingHeader', content: [bodyName('Board')] }],
    })
    editor.commands.setTextSelection(7) // the end of "Board"
    editor.view.pasteHTML(
      '<div data-type="officer" data-role="president" data-person-id="p9"></div>',
    )
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'meetingHeader',
      content: [
        bodyName('Board'),
        { type: 'officer', attrs: { role: 'chair', personId: 'p9', label: null } },
      ],
    })
  })

  describe('schema', () => {
    const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })
    const check = (json: JSONContent) => () => schema.nodeFromJSON(json).check()

    it('accepts a header of a body name followed by officers', () => {
      expect(check(header)).not.toThrow()
    })

    it('refuses an officer or a body name outside a header', () => {
      const officer = { type: 'officer', attrs: { role: 'chair', personId: 'p1' } }
      expect(check(doc(officer))).toThrow(/Invalid content for node doc/)
      expect(check(doc(bodyName('Board')))).toThrow(/Invalid content for node doc/)
    })

    it('refuses a header without a body name, or with officers before it', () => {
      const officer = { type: 'officer', attrs: { role: 'chair', personId: 'p1' } }
      expect(check(doc({ type: 'meetingHeader', content: [officer] }))).toThrow(
        /Invalid content for node meetingHeader/,
      )
      expect(check(doc({ type: 'meetingHeader', content: [officer, bodyName('Board')] }))).toThrow(
        /Invalid content for node meetingHeader/,
      )
    })

    it('refuses paragraphs inside a header and marks inside a body name', () => {
      expect(
        check(doc({ type: 'meetingHeader', content: [bodyName('Board'), { type: 'paragraph' }] })),
      ).toThrow(/Invalid content for node meetingHeader/)
      expect(
        check(
          doc({
            type: 'meetingHeader',
            content: [
              {
                type: 'bodyName',
                content: [{ type: 'text', text: 'Board', marks: [{ type: 'bold' }] }],
              },
            ],
          }),
        ),
      ).toThrow()
    })
  })
})
