// @vitest-environment happy-dom
import { minutesExtensions, type Person } from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectPeople } from './collectPeople'
import { PeopleClipboard } from './PeopleClipboard'
import { readPastedPeople } from './readPastedPeople'

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function openMinutes(content: JSONContent, people: Person[]) {
  const register = new Y.Doc().getMap<unknown>('people')
  for (const person of people) register.set(person.id, person)
  const editor = new Editor({
    extensions: [...minutesExtensions(), PeopleClipboard.configure({ people: register })],
    content,
  })
  editors.push(editor)
  return { editor, register }
}

const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const ada: Person = { id: 'p-1', name: 'Ada Lovelace', organisation: 'Treasury' }
const grace: Person = { id: 'p-1', name: 'Grace Hopper' }
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Before'),
    {
      type: 'speakerSection',
      attrs: { speakerId: 'p-1' },
      content: [
        paragraph('We welcome the report.'),
        {
          type: 'actionItem',
          attrs: { ownerId: 'p-1', dueDate: '2014-05-06', status: 'open' },
          content: [paragraph('Write to the minister')],
        },
      ],
    },
  ],
}

/** Copies the speaker section as the browser would, and returns the clipboard HTML. */
function copySection(editor: Editor): string {
  const { view } = editor
  view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, 8)))
  expect(view.state.selection instanceof NodeSelection).toBe(true)
  const { dom } = view.serializeForClipboard(view.state.selection.content())
  return dom.innerHTML
}

describe('collectPeople', () => {
  it('lists each person a slice refers to once, from the register', () => {
    const { editor } = openMinutes(minutes, [ada])
    const people = collectPeople(editor.state.doc.slice(0, editor.state.doc.content.size), (id) =>
      id === 'p-1' ? ada : null,
    )
    expect(people).toEqual([ada])
  })
})

describe('PeopleClipboard', () => {
  it('carries the people of copied blocks in the clipboard HTML', () => {
    const { editor } = openMinutes(minutes, [ada])
    const html = copySection(editor)
    expect(html).toContain('data-minutes-people')
    expect(readPastedPeople(html)).toEqual([ada])
  })

  it('adds missing people to the register of the minutes pasted into', () => {
    const html = copySection(openMinutes(minutes, [ada]).editor)
    const target = openMinutes({ type: 'doc', content: [{ type: 'paragraph' }] }, [])
    target.editor.view.pasteHTML(html)
    expect(target.register.toJSON()).toEqual({ 'p-1': ada })
    const section = json(target.editor).content?.find(({ type }) => type === 'speakerSection')
    expect(section?.attrs).toEqual({ speakerId: 'p-1' })
    expect(section?.content?.[1]?.attrs).toEqual({
      ownerId: 'p-1',
      dueDate: '2014-05-06',
      status: 'open',
      label: null,
      ownerLabel: null,
      dueLabel: null,
      statusLabel: null,
    })
  })

  it('rewrites the pasted references when the id belongs to someone else there', () => {
    const html = copySection(openMinutes(minutes, [ada]).editor)
    const target = openMinutes({ type: 'doc', content: [{ type: 'paragraph' }] }, [grace])
    target.editor.view.pasteHTML(html)
    const register = target.register.toJSON() as Record<string, Person>
    const added = Object.values(register).find(({ name }) => name === 'Ada Lovelace')
    expect(added?.id).toMatch(/^p-[0-9a-f]{12}$/)
    expect(register['p-1']).toEqual(grace)
    const section = json(target.editor).content?.find(({ type }) => type === 'speakerSection')
    expect(section?.attrs?.speakerId).toBe(added?.id)
    expect(section?.content?.[1]?.attrs?.ownerId).toBe(added?.id)
  })

  it('pastes plain HTML from elsewhere without touching the register', () => {
    const target = openMinutes({ type: 'doc', content: [{ type: 'paragraph' }] }, [grace])
    target.editor.view.pasteHTML('<p>Hello <b>there</b></p>')
    expect(target.register.toJSON()).toEqual({ 'p-1': grace })
    expect(target.editor.getText()).toContain('Hello there')
  })
})

/** The document as JSON content, typed for reading nested nodes. */
function json(editor: Editor): JSONContent {
  return editor.getJSON() as JSONContent
}
