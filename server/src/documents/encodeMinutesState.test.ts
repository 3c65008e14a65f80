// @vitest-environment happy-dom
import {
  CONTENT_FRAGMENT_NAME,
  checkAttributeValue,
  checkMarkValue,
  checkPersonValue,
  minutesExtensions,
  PEOPLE_MAP_NAME,
} from '@minutes/schema'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readDemoMinutes } from './demo/readDemoMinutes'
import { encodeMinutesState } from './encodeMinutesState'

/** Every value the server's checks refuse, as "where: why"; empty when an honest editor wrote it. */
function refusedValues(doc: Y.Doc): string[] {
  const refused: string[] = []
  const note = (where: string, problem: string | undefined) => {
    if (problem) refused.push(`${where}: ${problem}`)
  }
  const visit = (node: Y.XmlElement | Y.XmlFragment | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      for (const { attributes } of node.toDelta() as { attributes?: Record<string, unknown> }[]) {
        for (const [key, value] of Object.entries(attributes ?? {})) {
          // y-prosemirror keys marks that may overlap as "name--hash".
          note(key, checkMarkValue(key.split('--')[0] ?? key, value))
        }
      }
      return
    }
    if (node instanceof Y.XmlElement) {
      for (const [key, value] of Object.entries(node.getAttributes())) {
        note(`${node.nodeName}.${key}`, checkAttributeValue(node.nodeName, key, value))
      }
    }
    if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) node.toArray().forEach(visit)
  }
  visit(doc.getXmlFragment(CONTENT_FRAGMENT_NAME))
  for (const [id, person] of doc.getMap(PEOPLE_MAP_NAME))
    note(`person ${id}`, checkPersonValue(person))
  return refused
}

/** A block of every kind with its attributes set, as the editor and the importer write them. */
const everyAttribute: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Item 1' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        {
          type: 'text',
          text: 'the report',
          marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/r' } }],
        },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'item 3', marks: [{ type: 'link', attrs: { href: '#item-3' } }] },
        {
          type: 'text',
          text: ' code',
          marks: [{ type: 'italic' }, { type: 'strike' }, { type: 'underline' }],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: 'a' },
      content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
    },
    { type: 'codeBlock', attrs: { language: 'json' }, content: [{ type: 'text', text: '{}' }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 2, rowspan: 1, colwidth: [120, 80], align: 'center' },
              content: [{ type: 'paragraph' }],
            },
          ],
        },
      ],
    },
    {
      type: 'actionItem',
      attrs: {
        ownerId: 'p-0a1b2c3d4e5f',
        dueDate: '2025-03-12',
        status: 'inProgress',
        label: 'Action | Owner | Due | Status',
        ownerLabel: 'Clerk',
        dueLabel: 'March',
        statusLabel: 'Under way',
      },
      content: [{ type: 'paragraph' }],
    },
  ],
}

const editors: Editor[] = []
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy()
})

function editorOn(doc: Y.Doc): Editor {
  const editor = new Editor({
    extensions: [
      ...minutesExtensions(),
      Collaboration.configure({ document: doc, field: CONTENT_FRAGMENT_NAME }),
    ],
  })
  editors.push(editor)
  return editor
}

describe('encodeMinutesState', () => {
  it('writes an attribute that fails its check as its default, and unlinks unsafe links', () => {
    const doc = new Y.Doc()
    const hostileStatus =
      'proposed"><meta http-equiv="refresh" content="1;url=https://evil.example/">'
    Y.applyUpdate(
      doc,
      encodeMinutesState(
        {
          type: 'doc',
          content: [
            {
              type: 'recommendation',
              attrs: { status: hostileStatus, proposerId: '"><script>' },
              content: [
                {
                  type: 'paragraph',
                  content: [
                    {
                      type: 'text',
                      text: 'files',
                      marks: [{ type: 'link', attrs: { href: 'ftp://files.example.org/a.pdf' } }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        [],
      ),
    )
    expect(refusedValues(doc)).toEqual([])
    expect(doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()).toBe(
      '<recommendation status="proposed"><paragraph>files</paragraph></recommendation>',
    )
  })

  it('refuses blocks nested deeper than the model allows, before any walk could overflow', () => {
    let content: JSONContent = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
    for (let level = 0; level < 10_000; level++)
      content = { type: 'blockquote', content: [content] }
    expect(() => encodeMinutesState({ type: 'doc', content: [content] }, [])).toThrow(
      /more than 32 deep/,
    )
  })

  it('refuses a person the server would refuse from a client', () => {
    expect(() =>
      encodeMinutesState({ type: 'doc', content: [{ type: 'paragraph' }] }, [
        { id: 'p-1', name: 'x'.repeat(301) },
      ]),
    ).toThrow('The people register does not fit')
  })
})

describe('attributes as they arrive through Yjs', () => {
  it('pass every check for the demo minutes and a block of every kind', () => {
    const demo = readDemoMinutes()
    for (const [content, people] of [
      [demo.content, demo.people],
      [everyAttribute, []],
    ] as const) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, encodeMinutesState(content, people))
      expect(refusedValues(doc)).toEqual([])
      doc.destroy()
    }
  })

  it('pass every check after an editor changes them, clears them and links text', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, encodeMinutesState(everyAttribute, []))
    const editor = editorOn(doc)
    editor.commands.insertContentAt(0, {
      type: 'recommendation',
      attrs: { status: 'agreed', addressee: 'DfE' },
      content: [{ type: 'paragraph' }],
    })
    editor.commands.setTextSelection(2)
    editor.commands.updateRecommendation({ addressee: null, status: 'noted', proposerId: 'p-1' })
    editor.commands.insertContent('https://example.org/typed ')
    editor.commands.insertContent('mailto:clerk@example.org ')
    editor.commands.selectAll()
    editor.commands.setLink({ href: 'https://example.org/all' })
    editor.commands.unsetLink()
    expect(refusedValues(doc)).toEqual([])
    const recommendation = doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(0)
    expect(recommendation instanceof Y.XmlElement && recommendation.getAttributes()).toEqual({
      status: 'noted',
      proposerId: 'p-1',
    })
  })
})
