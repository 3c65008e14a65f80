// @vitest-environment happy-dom
import { CONTENT_FRAGMENT_NAME, minutesExtensions, PEOPLE_MAP_NAME } from '@minutes/schema'
import { Editor, getSchema, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkFitsSchema } from './checkFitsSchema'
import { dependsOnMissingEdits, inspectUpdate, UpdateInspection } from './inspectUpdate'
import { createMinutesSchemaRules } from './minutesSchemaRules'

const schema = getSchema(minutesExtensions())
const rules = createMinutesSchemaRules()

const text = (value: string): JSONContent => ({ type: 'text', text: value })
/** Blocks 0 to 2 are a heading and two paragraphs; tests below reach into them by position. */
const minutes: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Minutes')] },
    { type: 'paragraph', content: [text('Introduction.')] },
    { type: 'paragraph', content: [text('Opening remarks.')] },
    {
      type: 'speakerSection',
      attrs: { speakerId: 'imogen-tate' },
      content: [{ type: 'paragraph', content: [text('Imogen spoke.')] }],
    },
  ],
}

/** The server's copy, and a client that has synced with it. */
function setUp() {
  const server = prosemirrorJSONToYDoc(schema, minutes, CONTENT_FRAGMENT_NAME)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

/** What the server would say of everything the client did since it last synced. */
function verdict(server: Y.Doc, client: Y.Doc): string | undefined {
  const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
  return checkFitsSchema(inspectUpdate(server, Y.decodeUpdate(update)), rules)
}

const fragment = (doc: Y.Doc) => doc.getXmlFragment(CONTENT_FRAGMENT_NAME)
const element = (name: string, ...children: (Y.XmlElement | Y.XmlText)[]) => {
  const node = new Y.XmlElement(name)
  node.insert(0, children)
  return node
}

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('checkFitsSchema', () => {
  it('accepts everything the real editor writes through Yjs', () => {
    const { server, client } = setUp()
    editor = new Editor({
      extensions: [
        ...minutesExtensions(),
        Collaboration.configure({ document: client, field: CONTENT_FRAGMENT_NAME }),
      ],
    })
    const append = (content: JSONContent) =>
      editor!.commands.insertContentAt(editor!.state.doc.content.size, content)
    const paragraph = (text: string): JSONContent => ({
      type: 'paragraph',
      content: [{ type: 'text', text }],
    })
    editor.chain().setTextSelection(3).insertContent('typed text ').run()
    editor.chain().setTextSelection(5).insertContent('<strong>bold</strong>').run()
    append({
      type: 'speakerSection',
      attrs: { speakerId: 'imogen-tate' },
      content: [paragraph('New')],
    })
    editor
      .chain()
      .setTextSelection(editor.state.doc.content.size - 2)
      .insertRecommendation({ status: 'agreed' })
      .insertContent('Fund it')
      .run()
    append({
      type: 'questionAnswer',
      content: [
        { type: 'question', content: [paragraph('Why?')] },
        {
          type: 'answer',
          attrs: { speakerId: 'marcus-oyelaran' },
          content: [paragraph('Because.')],
        },
      ],
    })
    append({
      type: 'attendanceList',
      attrs: { kind: 'apologies' },
      content: [{ type: 'attendee', attrs: { personId: 'sian-pritchard' } }],
    })
    append({ type: 'meetingDetails', attrs: { date: '2025-10-14' } })
    append({
      type: 'actionItem',
      attrs: { ownerId: 'imogen-tate' },
      content: [paragraph('Write it')],
    })
    append({ type: 'decision', content: [paragraph('Resolved, That it be done.')] })
    append({ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('item')] }] })
    append({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'line' },
        { type: 'hardBreak' },
        { type: 'text', text: 'break' },
      ],
    })

    const written: string[] = fragment(client)
      .toArray()
      .map((node) => (node as Y.XmlElement).nodeName)
    expect(written).toEqual(
      expect.arrayContaining(['questionAnswer', 'attendanceList', 'decision']),
    )
    expect(verdict(server, client)).toBeUndefined()
  })

  it('accepts people written to the register', () => {
    const { server, client } = setUp()
    client.getMap(PEOPLE_MAP_NAME).set('p-new', { id: 'p-new', name: 'Ana Lima' })
    expect(verdict(server, client)).toBeUndefined()
  })

  it('refuses a block of a kind the schema does not know', () => {
    const { server, client } = setUp()
    fragment(client).insert(0, [element('marquee')])
    expect(verdict(server, client)).toBe('"marquee" is not a known block.')
  })

  it('refuses a block where the schema does not allow it', () => {
    const { server, client } = setUp()
    fragment(client).insert(0, [element('attendee')])
    expect(verdict(server, client)).toBe('"attendee" cannot be placed inside "doc".')

    const other = setUp()
    const paragraph = fragment(other.client).get(2) as Y.XmlElement
    paragraph.insert(0, [element('speakerSection', element('paragraph'))])
    expect(verdict(other.server, other.client)).toBe(
      '"speakerSection" cannot be placed inside "paragraph".',
    )
  })

  it('refuses text placed directly in the document or in a list', () => {
    const { server, client } = setUp()
    fragment(client).insert(0, [new Y.XmlText('loose')])
    expect(verdict(server, client)).toBe('"doc" cannot hold text directly.')
  })

  it('refuses unknown attributes, unknown formatting and prototype keys', () => {
    const first = setUp()
    ;(fragment(first.client).get(0) as Y.XmlElement).setAttribute('onclick', 'alert(1)')
    expect(verdict(first.server, first.client)).toBe('"heading" has no attribute "onclick".')

    const second = setUp()
    const text = (fragment(second.client).get(2) as Y.XmlElement).get(0) as Y.XmlText
    text.format(0, 4, { blink: true })
    expect(verdict(second.server, second.client)).toBe('"blink" is not a known formatting.')

    const third = setUp()
    third.client.getMap(PEOPLE_MAP_NAME).set('__proto__', { polluted: true })
    expect(verdict(third.server, third.client)).toBe('The key "__proto__" is not allowed.')
  })

  it('refuses links to anything but web pages and e-mail addresses', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
    ]) {
      const { server, client } = setUp()
      const text = (fragment(client).get(2) as Y.XmlElement).get(0) as Y.XmlText
      text.format(0, 4, { link: { href } })
      expect(verdict(server, client)).toMatch(/^Links may only point to web pages/)
    }
    for (const href of ['https://example.org', 'mailto:clerk@example.org', '/d/abc', '#r1']) {
      const { server, client } = setUp()
      const text = (fragment(client).get(2) as Y.XmlElement).get(0) as Y.XmlText
      text.format(0, 4, { link: { href } })
      expect(verdict(server, client)).toBeUndefined()
    }
  })

  it('refuses a new root type, and values of the wrong kind in the register', () => {
    const first = setUp()
    first.client.getText('sneaky').insert(0, 'hidden')
    expect(verdict(first.server, first.client)).toBe('"sneaky" is not part of a minutes document.')

    const second = setUp()
    second.client.getMap(PEOPLE_MAP_NAME).set('p-x', new Y.Map())
    expect(verdict(second.server, second.client)).toBe('"people" holds only named values.')
  })

  it('resolves items that inherit their place from a neighbour in the same update', () => {
    const { server, client } = setUp()
    const text = (fragment(client).get(2) as Y.XmlElement).get(0) as Y.XmlText
    // Ten thousand insertions, each before the previous: a chain of right origins Yjs cannot merge.
    client.transact(() => {
      for (let index = 0; index < 10_000; index++) text.insert(0, 'x')
    })
    const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    const insertions = inspectUpdate(server, Y.decodeUpdate(update))
    expect(insertions.length).toBeGreaterThanOrEqual(10_000)
    expect(insertions.every(({ placement }) => placement.kind === 'type')).toBe(true)
    expect(checkFitsSchema(insertions, rules)).toBeUndefined()
  })

  it('leaves an update that depends on edits the server does not have to the inspection', () => {
    const { server, client } = setUp()
    const text = (fragment(client).get(2) as Y.XmlElement).get(0) as Y.XmlText
    text.insert(0, 'first ')
    const missing = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    const before = Y.encodeStateVector(client)
    text.insert(6, 'second ')
    const dependent = Y.encodeStateAsUpdate(client, before)

    const inspection = new UpdateInspection(server, Y.decodeUpdate(dependent))
    expect(inspection.problem).toBe(dependsOnMissingEdits)
    Y.applyUpdate(server, missing)
    expect(checkFitsSchema(inspectUpdate(server, Y.decodeUpdate(dependent)), rules)).toBeUndefined()
  })
})
