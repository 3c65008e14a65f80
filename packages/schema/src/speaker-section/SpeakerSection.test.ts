// @vitest-environment happy-dom
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { checkDoc } from '../testing/checkDoc'
import { createTestEditor } from '../testing/createTestEditor'
import { expectRoundTrip } from '../testing/expectRoundTrip'
import { paragraph } from '../testing/paragraph'
import { positionOf } from '../testing/positionOf'

const sections: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-hart' },
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Context' }] },
        paragraph('Explained the plan.'),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('First')] }] },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [paragraph('Second')] }],
        },
        { type: 'blockquote', content: [paragraph('“Every child matters.”')] },
        {
          type: 'recommendation',
          attrs: { addressee: 'Department for Education', status: 'agreed', proposerId: 'p-hart' },
          content: [paragraph('Publish the figures.')],
        },
        { type: 'decision', content: [paragraph('Resolved, That the plan be noted.')] },
        {
          type: 'actionItem',
          attrs: {
            ownerId: 'p-hart',
            dueDate: '2014-06-01',
            status: 'open',
            label: null,
            ownerLabel: null,
            dueLabel: null,
            statusLabel: null,
          },
          content: [paragraph('Circulate the report.')],
        },
      ],
    },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-jones' },
      content: [paragraph('Agreed.')],
    },
  ],
}

describe('SpeakerSection', () => {
  it('inserts a section bound to a speaker that holds headings, lists and paragraphs', () => {
    const editor = createTestEditor('<p></p>')
    editor.commands.insertSpeakerSection('person-1')
    editor.commands.insertContent('<h3>Context</h3><ul><li><p>First point</p></li></ul>')

    const section = editor.getJSON().content?.find((node) => node.type === 'speakerSection')
    expect(section?.attrs).toEqual({ speakerId: 'person-1' })
    expect(section?.content?.map((node) => node.type)).toEqual(['heading', 'bulletList'])
  })

  it('inserts a section holding one empty paragraph', () => {
    const editor = createTestEditor('<p></p>')
    expect(editor.commands.insertSpeakerSection('p1')).toBe(true)
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'speakerSection',
      attrs: { speakerId: 'p1' },
      content: [{ type: 'paragraph' }],
    })
  })

  it('binds the section around the selection to another person', () => {
    const editor = createTestEditor(sections)
    editor.commands.setTextSelection(positionOf(editor, 'Context'))
    expect(editor.commands.setSpeaker('p-other')).toBe(true)
    const speakerSections = editor
      .getJSON()
      .content?.filter(({ type }) => type === 'speakerSection')
    expect(speakerSections?.map((node: JSONContent) => node.attrs)).toEqual([
      { speakerId: 'p-other' },
      { speakerId: 'p-jones' },
    ])
  })

  it('rebinds the section, not the recommendation, when the selection is in a recommendation', () => {
    const editor = createTestEditor(sections)
    editor.commands.setTextSelection(positionOf(editor, 'Publish'))
    editor.commands.setSpeaker('p-other')

    const section: JSONContent | undefined = editor.getJSON().content?.[0]
    expect(section?.attrs).toEqual({ speakerId: 'p-other' })
    expect(section?.content?.[5]?.attrs).toEqual({
      addressee: 'Department for Education',
      status: 'agreed',
      proposerId: 'p-hart',
    })
  })

  it('refuses to set a speaker outside any section', () => {
    const editor = createTestEditor('<p>Apologies</p>')
    editor.commands.setTextSelection(positionOf(editor, 'Apologies'))
    expect(editor.commands.setSpeaker('p1')).toBe(false)
    expect(editor.getJSON()).toEqual({ type: 'doc', content: [paragraph('Apologies')] })
  })

  it('round-trips through HTML with its speaker', () => {
    const editor = createTestEditor(
      '<section data-type="speaker-section" data-speaker-id="p7"><p>Explained the plan.</p></section>',
    )
    const html = editor.getHTML()
    expect(html).toContain('data-speaker-id="p7"')
    expect(createTestEditor(html).getJSON()).toEqual(editor.getJSON())
  })

  it('round-trips through JSON with everything a section may hold', () => {
    expectRoundTrip(sections, 'JSON')
  })

  it('round-trips through HTML with everything a section may hold', () => {
    expectRoundTrip(sections, 'HTML')
  })

  describe('schema', () => {
    const section = (...content: JSONContent[]): JSONContent => ({
      type: 'speakerSection',
      attrs: { speakerId: 'p1' },
      content,
    })

    it('accepts sections holding text, lists, quotes, recommendations, decisions and actions', () => {
      expect(checkDoc(...(sections.content ?? []))).not.toThrow()
    })

    it('refuses an empty section', () => {
      expect(checkDoc(section())).toThrow(/Invalid content for node speakerSection/)
    })

    it('refuses a nested section, meeting details, attendance lists and chair summaries', () => {
      const refused: JSONContent[] = [
        section(paragraph('Nested')),
        { type: 'meetingDetails', attrs: { date: '2014-05-06' } },
        { type: 'attendanceList', attrs: { kind: 'members' } },
        { type: 'chairSummary', attrs: { chairId: 'p1' }, content: [paragraph('Summary')] },
      ]
      for (const node of refused) {
        expect(checkDoc(section(paragraph('Intro'), node))).toThrow(
          /Invalid content for node speakerSection/,
        )
      }
    })
  })
})
