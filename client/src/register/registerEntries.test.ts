// @vitest-environment happy-dom
import { minutesExtensions, type Person, registerEntries } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { filterRegister, noFilter, peopleInRegister, statusesFor } from './filterRegister'
import { findEntryAtSelection } from './findEntryAtSelection'
import { isOverdue } from './isOverdue'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function createEditor(content: JSONContent): Editor {
  const element = document.createElement('div')
  const editor = new Editor({ element, extensions: minutesExtensions(), content })
  editors.push(editor)
  return editor
}

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
})

const minutes: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-massey' },
      content: [
        paragraph('Welcome.'),
        {
          type: 'recommendation',
          attrs: {
            status: 'agreed',
            addressee: 'Department for Education',
            proposerId: 'p-massey',
          },
          content: [paragraph('Fund early help.'), paragraph('Second paragraph.')],
        },
        {
          type: 'actionItem',
          attrs: { ownerId: 'p-clerk', dueDate: '2014-06-01', status: 'open' },
          content: [paragraph('Write to the minister.')],
        },
      ],
    },
    { type: 'decision', content: [paragraph('Resolved, That the report be published.')] },
    {
      type: 'questionAnswer',
      content: [
        { type: 'question', content: [paragraph('Costs?')] },
        {
          type: 'answer',
          attrs: { speakerId: 'p-massey' },
          content: [
            { type: 'recommendation', attrs: { proposerId: 'p-gone' }, content: [paragraph('')] },
          ],
        },
      ],
    },
    { type: 'actionItem', attrs: { status: 'done' }, content: [paragraph('Book the room.')] },
  ],
}

const people = new Map<string, Person>([
  ['p-massey', { id: 'p-massey', name: 'Massey of Darwen', title: 'Baroness' }],
  ['p-clerk', { id: 'p-clerk', name: 'Jane Clerk' }],
])
const findPerson = (id: string) => people.get(id)

describe('registerEntries', () => {
  it('lists every recommendation, decision and action, numbered as the text numbers them', () => {
    const editor = createEditor(minutes)
    const entries = registerEntries(editor.state.doc, findPerson)
    expect(entries.map(({ position, end, ...shown }) => shown)).toEqual([
      {
        kind: 'recommendation',
        number: 'R1',
        text: 'Fund early help.',
        status: 'agreed',
        personId: 'p-massey',
        personName: 'Baroness Massey of Darwen',
        addressee: 'Department for Education',
        dueDate: null,
      },
      {
        kind: 'recommendation',
        number: 'R2',
        text: '',
        status: 'proposed',
        personId: 'p-gone',
        personName: 'Unknown person',
        addressee: null,
        dueDate: null,
      },
      {
        kind: 'decision',
        number: 'D1',
        text: 'Resolved, That the report be published.',
        status: null,
        personId: null,
        personName: null,
        addressee: null,
        dueDate: null,
      },
      {
        kind: 'action',
        number: 'A1',
        text: 'Write to the minister.',
        status: 'open',
        personId: 'p-clerk',
        personName: 'Jane Clerk',
        addressee: null,
        dueDate: '2014-06-01',
      },
      {
        kind: 'action',
        number: 'A2',
        text: 'Book the room.',
        status: 'done',
        personId: null,
        personName: null,
        addressee: null,
        dueDate: null,
      },
    ])
  })

  it('uses the same numbers as the decorations in the text', () => {
    const editor = createEditor(minutes)
    const shown = [...editor.view.dom.querySelectorAll('[data-number]')].map((element) =>
      element.getAttribute('data-number'),
    )
    const numbers = registerEntries(editor.state.doc, findPerson).map((entry) => entry.number)
    expect(numbers.slice().sort()).toEqual(shown.slice().sort())
  })

  it('points each entry at its block', () => {
    const editor = createEditor(minutes)
    for (const entry of registerEntries(editor.state.doc, findPerson)) {
      const node = editor.state.doc.nodeAt(entry.position)
      expect(node?.type.name).toBe(entry.kind === 'action' ? 'actionItem' : entry.kind)
      expect(entry.end).toBe(entry.position + (node?.nodeSize ?? 0))
    }
  })

  it('finds the entry holding the selection', () => {
    const editor = createEditor(minutes)
    const entries = registerEntries(editor.state.doc, findPerson)
    const decision = entries.find((entry) => entry.number === 'D1')!
    editor.commands.setTextSelection(decision.position + 3)
    expect(entries[findEntryAtSelection(entries, editor.state.selection)]?.number).toBe('D1')
    editor.commands.setTextSelection(3) // "Welcome."
    expect(findEntryAtSelection(entries, editor.state.selection)).toBe(-1)
  })
})

describe('filterRegister', () => {
  const editor = () => createEditor(minutes)
  const numbersOf = (filter: Partial<typeof noFilter>) =>
    filterRegister(registerEntries(editor().state.doc, findPerson), { ...noFilter, ...filter }).map(
      (entry) => entry.number,
    )

  it('filters by kind, status and person, together', () => {
    expect(numbersOf({})).toEqual(['R1', 'R2', 'D1', 'A1', 'A2'])
    expect(numbersOf({ kind: 'action' })).toEqual(['A1', 'A2'])
    expect(numbersOf({ status: 'open' })).toEqual(['A1'])
    expect(numbersOf({ status: 'proposed' })).toEqual(['R2'])
    expect(numbersOf({ personId: 'p-massey' })).toEqual(['R1'])
    expect(numbersOf({ kind: 'recommendation', personId: 'p-clerk' })).toEqual([])
  })

  it('offers each kind its own statuses, and all of them together', () => {
    expect(statusesFor('recommendation')).toEqual(['proposed', 'agreed', 'noted', 'rejected'])
    expect(statusesFor('action')).toEqual(['open', 'inProgress', 'done', 'dropped'])
    expect(statusesFor('decision')).toEqual([])
    expect(statusesFor('all')).toHaveLength(8)
  })

  it('offers the people who proposed or own something, once each, by name', () => {
    const entries = registerEntries(editor().state.doc, findPerson)
    expect(peopleInRegister(entries)).toEqual([
      { id: 'p-massey', name: 'Baroness Massey of Darwen' },
      { id: 'p-clerk', name: 'Jane Clerk' },
      { id: 'p-gone', name: 'Unknown person' },
    ])
  })
})

describe('isOverdue', () => {
  it('marks actions still to do past their date', () => {
    const [, , , open, done] = registerEntries(createEditor(minutes).state.doc, findPerson)
    expect(open && isOverdue(open, '2014-06-02')).toBe(true)
    expect(open && isOverdue(open, '2014-06-01')).toBe(false)
    expect(done && isOverdue({ ...done, dueDate: '2000-01-01' }, '2014-06-02')).toBe(false)
  })
})
