import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
// @vitest-environment happy-dom

import { canChangeAll, type DocumentAccess, type WorkflowStatus } from '@minutes/permissions'
import { CONTENT_FRAGMENT_NAME, minutesExtensions, PEOPLE_MAP_NAME } from '@minutes/schema'
import { Editor, getSchema, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { describeUpdate } from './describeUpdate'
import { UpdateInspection } from './inspectUpdate'

const schema = getSchema(minutesExtensions())
const roots = { content: CONTENT_FRAGMENT_NAME, register: PEOPLE_MAP_NAME, comments: 'comments' }
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening remarks.'),
    speakerSection('p-ada', paragraph('Ada spoke first.')),
    speakerSection('p-bo', paragraph('Bo replied.')),
    {
      type: 'questionAnswer',
      content: [
        { type: 'question', content: [paragraph('Why?')] },
        { type: 'answer', attrs: { speakerId: 'p-ada' }, content: [paragraph('Because.')] },
        { type: 'answer', attrs: { speakerId: 'p-bo' }, content: [paragraph('Indeed.')] },
      ],
    },
  ],
}
const ada: DocumentAccess = { role: 'speaker', speakerId: 'p-ada' }

let editor: Editor | undefined
afterEach(() => editor?.destroy())

/** A server document, and a client editor bound through Yjs to a synced copy of it. */
function setUp() {
  const server = prosemirrorJSONToYDoc(schema, minutes, CONTENT_FRAGMENT_NAME)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  editor = new Editor({
    extensions: [
      ...minutesExtensions(),
      Collaboration.configure({ document: client, field: CONTENT_FRAGMENT_NAME }),
    ],
  })
  const verdict = (access: DocumentAccess, status: WorkflowStatus = 'circulated') => {
    const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    const changes = describeUpdate(new UpdateInspection(server, Y.decodeUpdate(update)), roots)
    expect(changes.length).toBeGreaterThan(0)
    return canChangeAll(access, status, changes)
  }
  const fragment = client.getXmlFragment(CONTENT_FRAGMENT_NAME)
  return { server, client, editor, verdict, fragment }
}

/** Position just inside the end of the first text containing `text`. */
function endOf(editor: Editor, text: string): number {
  let found = -1
  editor.state.doc.descendants((node, position) => {
    if (found === -1 && node.isText && node.text?.includes(text)) {
      found = position + (node.text.indexOf(text) + text.length)
    }
  })
  if (found === -1) throw new Error(`"${text}" is not in the document`)
  return found
}

describe('a speaker correcting the circulated minutes', () => {
  it('may type, format, make lists and split paragraphs inside their own section', () => {
    const { editor, verdict } = setUp()
    editor.chain().setTextSelection(endOf(editor, 'first')).insertContent(' and at length').run()
    editor
      .chain()
      .setTextSelection({ from: endOf(editor, 'Ada') - 3, to: endOf(editor, 'Ada') })
      .setMark('bold')
      .run()
    editor
      .chain()
      .setTextSelection(endOf(editor, 'length'))
      .splitBlock()
      .insertContent('A new point')
      .run()
    editor.chain().toggleList('bulletList', 'listItem').run()
    editor
      .chain()
      .setTextSelection(endOf(editor, 'spoke'))
      .deleteRange({ from: endOf(editor, 'spoke') - 5, to: endOf(editor, 'spoke') })
      .run()
    expect(verdict(ada)).toEqual({ allowed: true })
  })

  it('may correct their own answer', () => {
    const { editor, verdict } = setUp()
    editor
      .chain()
      .setTextSelection(endOf(editor, 'Because'))
      .insertContent(', as the report shows')
      .run()
    expect(verdict(ada)).toEqual({ allowed: true })
  })

  const refusedBecauseOutside = {
    allowed: false,
    reason: 'This change is outside your section and was not saved.',
  }

  it("may not type or format in another speaker's section or answer", () => {
    const typing = setUp()
    typing.editor
      .chain()
      .setTextSelection(endOf(typing.editor, 'Bo replied'))
      .insertContent(' angrily')
      .run()
    expect(typing.verdict(ada)).toEqual(refusedBecauseOutside)

    const formatting = setUp()
    formatting.editor
      .chain()
      .setTextSelection({
        from: endOf(formatting.editor, 'Bo') - 2,
        to: endOf(formatting.editor, 'Bo'),
      })
      .setMark('italic')
      .run()
    expect(formatting.verdict(ada)).toEqual(refusedBecauseOutside)

    const answering = setUp()
    answering.editor
      .chain()
      .setTextSelection(endOf(answering.editor, 'Indeed'))
      .insertContent(' not')
      .run()
    expect(answering.verdict(ada)).toEqual(refusedBecauseOutside)
  })

  it('may not change their section’s speaker, delete it or split a new section out of it', () => {
    const rebinding = setUp()
    ;(rebinding.fragment.get(1) as Y.XmlElement).setAttribute('speakerId', 'p-bo')
    expect(rebinding.verdict(ada).allowed).toBe(false)

    const deleting = setUp()
    deleting.fragment.delete(1, 1)
    expect(deleting.verdict(ada)).toEqual(refusedBecauseOutside)

    const splitting = setUp()
    const section = new Y.XmlElement('speakerSection')
    section.setAttribute('speakerId', 'p-ada')
    const body = new Y.XmlElement('paragraph')
    body.insert(0, [new Y.XmlText('split off')])
    section.insert(0, [body])
    splitting.fragment.insert(2, [section])
    expect(splitting.verdict(ada)).toEqual(refusedBecauseOutside)
  })

  it('may not add a top-level block, nor delete across two sections', () => {
    const adding = setUp()
    adding.editor
      .chain()
      .setTextSelection(endOf(adding.editor, 'remarks.'))
      .splitBlock()
      .insertContent('Mine')
      .run()
    expect(adding.verdict(ada)).toEqual(refusedBecauseOutside)

    const spanning = setUp()
    spanning.editor
      .chain()
      .setTextSelection({
        from: endOf(spanning.editor, 'Ada spoke'),
        to: endOf(spanning.editor, 'Bo'),
      })
      .deleteSelection()
      .run()
    expect(spanning.verdict(ada)).toEqual(refusedBecauseOutside)
  })

  it('may not write a new root type or to the people register', () => {
    const rooting = setUp()
    rooting.client.getMap('secrets').set('x', 1)
    expect(rooting.verdict(ada)).toEqual({
      allowed: false,
      reason: 'This change was not understood: it writes to "secrets"',
    })

    const registering = setUp()
    registering.client.getMap(PEOPLE_MAP_NAME).set('p-ada', { id: 'p-ada', name: 'Ada the Great' })
    expect(registering.verdict(ada).allowed).toBe(false)
  })

  it('may not correct anything before circulation or after approval', () => {
    const { editor, verdict } = setUp()
    editor.chain().setTextSelection(endOf(editor, 'first')).insertContent('!').run()
    expect(verdict(ada, 'draft').allowed).toBe(false)
    expect(verdict(ada, 'approved').allowed).toBe(false)
  })
})

describe('other roles', () => {
  it('lets the secretariat change anything, and a reviewer nothing', () => {
    const { editor, verdict, fragment } = setUp()
    editor.chain().setTextSelection(endOf(editor, 'Bo replied')).insertContent(' later').run()
    ;(fragment.get(1) as Y.XmlElement).setAttribute('speakerId', 'p-bo')
    expect(verdict({ role: 'secretariat' }, 'draft')).toEqual({ allowed: true })
    expect(verdict({ role: 'reviewer' }).allowed).toBe(false)
    expect(verdict({ role: 'secretariat' }, 'published').allowed).toBe(false)
  })
})
