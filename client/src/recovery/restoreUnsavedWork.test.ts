// @vitest-environment happy-dom
import type { DocumentAccess, WorkflowStatus } from '@minutes/permissions'
import { CONTENT_FRAGMENT_NAME, minutesExtensions, PEOPLE_MAP_NAME } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { Editor, getSchema, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createSectionRights } from '../rights/createSectionRights'
import { minutesOf } from './mergeUnsavedWork'
import { restoreUnsavedWork } from './restoreUnsavedWork'

const schema = getSchema(minutesExtensions())
const outsideReason = 'This change is outside your section and was not saved.'

const section = (speakerId: string, text: string): JSONContent => ({
  type: 'speakerSection',
  attrs: { speakerId },
  content: [paragraph(text)],
})
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('The chair opened the meeting.'),
    section('p-tate', 'Tate said one thing.'),
    section('p-oyelaran', 'Oyelaran said another.'),
  ],
}

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

/**
 * The server's minutes; the refused session's copy, where the person worked; and the fresh
 * session opened from the server, in an editor with the rights of `access`.
 */
async function refusedAndFresh(access: DocumentAccess, status: WorkflowStatus = 'circulated') {
  const server = prosemirrorJSONToYDoc(schema, minutes, CONTENT_FRAGMENT_NAME)
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server))
  const fresh = new Y.Doc()
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server))
  const editor = new Editor({
    extensions: [
      ...minutesExtensions(),
      Collaboration.configure({ document: fresh, field: CONTENT_FRAGMENT_NAME }),
      createSectionRights({ ...access, getStatus: () => status }),
    ],
  })
  editors.push(editor)
  await vi.waitFor(() => expect(editor.state.doc.eq(minutesOf(fresh, editor.schema))).toBe(true))
  return { server, copy, fresh, editor, target: { editor, ydoc: fresh, access, status } }
}

function textAt(doc: Y.Doc, block: number): Y.XmlText {
  const element = doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(block)
  const holder = element instanceof Y.XmlElement ? element.get(0) : null
  const text =
    holder instanceof Y.XmlElement ? holder.get(0) : holder instanceof Y.XmlText ? holder : null
  if (!(text instanceof Y.XmlText)) throw new Error(`No text in block ${block}`)
  return text
}

const textOf = (doc: Y.Doc) =>
  minutesOf(doc, schema).textBetween(0, minutesOf(doc, schema).content.size, '|')

describe('restoreUnsavedWork', () => {
  it("puts a speaker's own edits back and lists, with its text, the one outside their section", async () => {
    const speaker = { role: 'speaker', speakerId: 'p-tate' } as const
    const { copy, fresh, target } = await refusedAndFresh(speaker)
    textAt(copy, 1).insert('Tate said one thing.'.length, ' In three towns.')
    // What the editor would have stopped, written straight into the Y.Doc: the server refused it.
    textAt(copy, 2).insert(0, 'Not mine: ')

    const report = restoreUnsavedWork(target, {
      reason: outsideReason,
      unsavedState: Y.encodeStateAsUpdate(copy),
      mayRestore: true,
    })

    expect(textOf(fresh)).toBe(
      'The chair opened the meeting.|Tate said one thing. In three towns.|Oyelaran said another.',
    )
    expect(report).toEqual({
      reason: outsideReason,
      passages: [
        { text: 'Not mine: Oyelaran said another.', reason: outsideReason, isRemoval: false },
      ],
    })
  })

  it('makes the edits anew, under the fresh session, so nothing of the refused copy is sent', async () => {
    const { copy, fresh, target } = await refusedAndFresh({ role: 'secretariat' })
    textAt(copy, 0).insert(0, 'At ten, ')
    restoreUnsavedWork(target, {
      reason: 'refused',
      unsavedState: Y.encodeStateAsUpdate(copy),
      mayRestore: true,
    })
    expect(textOf(fresh)).toContain('At ten, The chair opened the meeting.')
    expect(Y.decodeStateVector(Y.encodeStateVector(fresh)).has(copy.clientID)).toBe(false)
    expect(Y.decodeStateVector(Y.encodeStateVector(fresh)).has(fresh.clientID)).toBe(true)
  })

  it('keeps what a colleague wrote on the server meanwhile', async () => {
    const { server, copy, fresh, target } = await refusedAndFresh({ role: 'secretariat' })
    textAt(copy, 0).insert(0, 'At ten, ')
    textAt(server, 2).insert(0, 'Briefly: ')
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server))
    await vi.waitFor(() => expect(target.editor.getText()).toContain('Briefly: '))
    const report = restoreUnsavedWork(target, {
      reason: 'refused',
      unsavedState: Y.encodeStateAsUpdate(copy),
      mayRestore: true,
    })
    expect(report.passages).toEqual([])
    expect(textOf(fresh)).toBe(
      'At ten, The chair opened the meeting.|Tate said one thing.|Briefly: Oyelaran said another.',
    )
  })

  it('lists everything, and changes nothing, once the minutes are approved', async () => {
    const { copy, fresh, target } = await refusedAndFresh({ role: 'secretariat' }, 'approved')
    textAt(copy, 0).insert(0, 'At ten, ')
    const before = textOf(fresh)
    const report = restoreUnsavedWork(target, {
      reason: 'These minutes are approved.',
      unsavedState: Y.encodeStateAsUpdate(copy),
      mayRestore: true,
    })
    expect(textOf(fresh)).toBe(before)
    expect(report.passages).toEqual([
      {
        text: 'At ten, The chair opened the meeting.',
        reason: 'These minutes are approved; nobody can change them until they are reopened.',
        isRemoval: false,
      },
    ])
  })

  it('puts nothing back when the work was refused right after being put back, but lists it', async () => {
    const { copy, fresh, target } = await refusedAndFresh({ role: 'secretariat' })
    textAt(copy, 0).insert(0, 'At ten, ')
    const before = textOf(fresh)
    const report = restoreUnsavedWork(target, {
      reason: 'refused',
      unsavedState: Y.encodeStateAsUpdate(copy),
      mayRestore: false,
    })
    expect(textOf(fresh)).toBe(before)
    expect(report.passages.map((passage) => passage.text)).toEqual([
      'At ten, The chair opened the meeting.',
    ])
  })

  it("keeps a speaker's person out of the register, and the clerk's in", async () => {
    const person = { id: 'p-new', name: 'Ruth Adebayo' }
    const speaker = await refusedAndFresh({ role: 'speaker', speakerId: 'p-tate' })
    speaker.copy.getMap(PEOPLE_MAP_NAME).set(person.id, person)
    const refused = restoreUnsavedWork(speaker.target, {
      reason: 'refused',
      unsavedState: Y.encodeStateAsUpdate(speaker.copy),
      mayRestore: true,
    })
    expect(speaker.fresh.getMap(PEOPLE_MAP_NAME).has(person.id)).toBe(false)
    expect(refused.passages).toEqual([
      {
        text: 'Ruth Adebayo',
        reason: 'Only the secretariat can change the list of people.',
        isRemoval: false,
      },
    ])

    const clerk = await refusedAndFresh({ role: 'secretariat' })
    clerk.copy.getMap(PEOPLE_MAP_NAME).set(person.id, person)
    restoreUnsavedWork(clerk.target, {
      reason: 'refused',
      unsavedState: Y.encodeStateAsUpdate(clerk.copy),
      mayRestore: true,
    })
    expect(clerk.fresh.getMap(PEOPLE_MAP_NAME).get(person.id)).toEqual(person)
  })

  it('reports the text rather than lose it when the work cannot be read', async () => {
    const { target } = await refusedAndFresh({ role: 'secretariat' })
    const report = restoreUnsavedWork(target, {
      reason: 'refused',
      unsavedState: new Uint8Array([1, 2, 3]),
      mayRestore: true,
    })
    expect(report.passages).toHaveLength(1)
    expect(report.passages[0]?.reason).toBe(
      'Your unsaved changes could not be put back into the minutes.',
    )
  })
})
