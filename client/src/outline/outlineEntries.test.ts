// @vitest-environment happy-dom
import { minutesExtensions, type Person } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { findCurrentEntry } from './findCurrentEntry'
import { outlineEntries } from './outlineEntries'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content: JSONContent): Editor {
  const editor = new Editor({ extensions: minutesExtensions(), content })
  editors.push(editor)
  return editor
}

const minutes: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'meetingHeader',
      content: [
        { type: 'bodyName', content: [{ type: 'text', text: 'APPG for Children' }] },
        { type: 'officer', attrs: { role: 'chair', personId: 'p-massey' } },
      ],
    },
    { type: 'meetingDetails', attrs: { date: '2014-05-06' } },
    { type: 'attendanceList', attrs: { kind: 'members', label: null } },
    { type: 'attendanceList', attrs: { kind: 'inAttendance', label: 'Voluntary sector' } },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Evidence' }] },
    { type: 'agendaItem', attrs: { number: '3' }, content: [{ type: 'text', text: 'Membership' }] },
    { type: 'agendaItem', attrs: { number: null } },
    speakerSection(
      'p-massey',
      paragraph('Welcome.'),
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Inside' }] },
      { type: 'recommendation', content: [paragraph('Fund it.')] },
    ),
    speakerSection('p-gone', paragraph('Hello.')),
    {
      type: 'questionAnswer',
      content: [
        {
          type: 'question',
          content: [
            paragraph('Why has the number of children in care risen so sharply since 2010?'),
          ],
        },
        { type: 'answer', attrs: { speakerId: 'p-massey' }, content: [paragraph('Because.')] },
      ],
    },
    { type: 'questionAnswer', content: [{ type: 'question', content: [paragraph('Costs?')] }] },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Too deep' }] },
    { type: 'chairSummary', attrs: { label: null }, content: [paragraph('In sum.')] },
    { type: 'chairSummary', attrs: { label: 'Key themes' }, content: [paragraph('Themes.')] },
  ],
}

const people = new Map<string, Person>([
  ['p-massey', { id: 'p-massey', name: 'Baroness Massey of Darwen' }],
])

describe('outlineEntries', () => {
  it('lists the landmarks of the minutes in order, each at its block', () => {
    const editor = createEditor(minutes)
    const entries = outlineEntries(editor.state.doc, (id) => people.get(id))
    // What the unnumbered item groups is nested under it, up to the chair's summary.
    expect(entries.map(({ kind, label, depth }) => [kind, label, depth])).toEqual([
      ['header', 'APPG for Children', 0],
      ['details', 'Meeting details', 0],
      ['attendance', 'Members in attendance', 0],
      ['attendance', 'Voluntary sector', 0],
      ['heading', 'Evidence', 0],
      ['agendaItem', '3. Membership', 0],
      ['agendaItem', 'Agenda item', 0],
      ['speaker', 'Baroness Massey of Darwen', 1],
      ['speaker', 'Unknown speaker', 1],
      ['question', 'Why has the number of children in care…', 1],
      ['question', 'Costs?', 1],
      ['summary', "Chair's summary", 0],
      ['summary', 'Key themes', 0],
    ])
    for (const entry of entries) {
      expect(editor.state.doc.resolve(entry.position).depth).toBe(0)
      expect(editor.state.doc.nodeAt(entry.position)).not.toBeNull()
    }
  })

  it('nests sub-items under their item, and what each groups under it', () => {
    const item = (number: string): JSONContent => ({
      type: 'agendaItem',
      attrs: { number },
      content: [{ type: 'text', text: `Item ${number}` }],
    })
    const editor = createEditor({
      type: 'doc',
      content: [
        item('1'),
        speakerSection('p-massey', paragraph('On 1.')),
        item('1.1'),
        speakerSection('p-massey', paragraph('On 1.1.')),
        item('2'),
        { type: 'chairSummary', attrs: { label: null }, content: [paragraph('In sum.')] },
      ],
    })
    const entries = outlineEntries(editor.state.doc, (id) => people.get(id))
    expect(entries.map(({ label, depth }) => [label, depth])).toEqual([
      ['1. Item 1', 0],
      ['Baroness Massey of Darwen', 1],
      ['1.1 Item 1.1', 1],
      ['Baroness Massey of Darwen', 2],
      ['2. Item 2', 0],
      ["Chair's summary", 0],
    ])
  })

  it('names speakers from the register as it is now, so renames follow', () => {
    const editor = createEditor(minutes)
    const renamed = new Map<string, Person>([
      ['p-massey', { id: 'p-massey', name: 'Massey of Darwen', title: 'Baroness' }],
      ['p-gone', { id: 'p-gone', name: 'Tim Loughton MP' }],
    ])
    const speakers = outlineEntries(editor.state.doc, (id) => renamed.get(id)).filter(
      (entry) => entry.kind === 'speaker',
    )
    expect(speakers.map((entry) => entry.label)).toEqual([
      'Baroness Massey of Darwen',
      'Tim Loughton MP',
    ])
  })

  it('names an empty header by its part, and lists nothing for empty minutes', () => {
    const editor = createEditor({
      type: 'doc',
      content: [{ type: 'meetingHeader', content: [{ type: 'bodyName' }] }, paragraph('Text')],
    })
    expect(outlineEntries(editor.state.doc, () => undefined)).toEqual([
      { kind: 'header', label: 'Meeting header', position: 0, depth: 0 },
    ])
    const empty = createEditor({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(outlineEntries(empty.state.doc, () => undefined)).toEqual([])
  })
})

describe('findCurrentEntry', () => {
  it('finds the entry the selection is in, or the last one before it', () => {
    const editor = createEditor(minutes)
    const entries = outlineEntries(editor.state.doc, (id) => people.get(id))
    const positionOf = (text: string) => {
      let found = -1
      editor.state.doc.descendants((node, position) => {
        if (found === -1 && node.isText && node.text?.includes(text)) found = position
      })
      return found
    }
    const currentAt = (text: string) => {
      editor.commands.setTextSelection(positionOf(text))
      return entries[findCurrentEntry(entries, editor.state.selection)]?.label
    }
    expect(currentAt('APPG')).toBe('APPG for Children')
    expect(currentAt('Fund it')).toBe('Baroness Massey of Darwen')
    expect(currentAt('Because')).toBe('Why has the number of children in care…')
    expect(currentAt('Too deep')).toBe('Costs?')
    expect(currentAt('Themes')).toBe('Key themes')
  })

  it('finds none before the first entry', () => {
    const editor = createEditor({
      type: 'doc',
      content: [paragraph('Preamble'), { type: 'chairSummary', content: [paragraph('End')] }],
    })
    const entries = outlineEntries(editor.state.doc, () => undefined)
    editor.commands.setTextSelection(2)
    expect(findCurrentEntry(entries, editor.state.selection)).toBe(-1)
    expect(findCurrentEntry([], editor.state.selection)).toBe(-1)
  })
})
