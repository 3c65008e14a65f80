import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { getSchema, type JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMinutesSchemaRules, minutesRoots } from './inspection/minutesSchemaRules'
import { type JudgeContext, judgeUpdate } from './judgeUpdate'

const schema = getSchema(minutesExtensions())
const bullets = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
})
const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening remarks by the chair.'),
    speakerSection(
      'p-ada',
      paragraph('Ada spoke first.'),
      bullets('One point', 'Another point'),
      paragraph('She closed.'),
    ),
    speakerSection('p-bo', paragraph('Bo replied at length.')),
    {
      type: 'questionAnswer',
      content: [
        { type: 'question', content: [paragraph('What comes next?')] },
        { type: 'answer', attrs: { speakerId: 'p-ada' }, content: [paragraph('More work.')] },
        { type: 'answer', attrs: { speakerId: 'p-bo' }, content: [paragraph('Agreed.')] },
      ],
    },
  ],
}
const context: JudgeContext = {
  access: { role: 'speaker', speakerId: 'p-ada' },
  status: 'circulated',
  schemaRules: createMinutesSchemaRules(),
  roots: minutesRoots,
}

/** Every Y.XmlText under `element`, depth first. */
function textsUnder(element: Y.XmlElement | Y.XmlFragment): Y.XmlText[] {
  return element.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return [child]
    if (child instanceof Y.XmlElement) return textsUnder(child)
    return []
  })
}

const isOwn = (element: Y.XmlElement) =>
  (element.nodeName === 'speakerSection' || element.nodeName === 'answer') &&
  element.getAttribute('speakerId') === 'p-ada'

/** Texts inside Ada's own blocks, and texts everywhere else. */
function partition(doc: Y.Doc): { own: Y.XmlText[]; others: Y.XmlText[] } {
  const own: Y.XmlText[] = []
  const others: Y.XmlText[] = []
  const visit = (node: Y.XmlElement | Y.XmlFragment, inside: boolean) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) (inside ? own : others).push(child)
      else if (child instanceof Y.XmlElement) visit(child, inside || isOwn(child))
    }
  }
  visit(doc.getXmlFragment(CONTENT_FRAGMENT_NAME), false)
  return { own, others }
}

type Edit =
  | { kind: 'insert'; target: number; at: number; text: string }
  | { kind: 'delete'; target: number; at: number; length: number }
  | {
      kind: 'format'
      target: number
      at: number
      length: number
      mark: 'bold' | 'italic' | 'strike'
    }
  | { kind: 'paragraph'; target: number; text: string }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    target: fc.nat(),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    target: fc.nat(),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant('format' as const),
    target: fc.nat(),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
    mark: fc.constantFrom('bold' as const, 'italic' as const, 'strike' as const),
  }),
  fc.record({
    kind: fc.constant('paragraph' as const),
    target: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 12 }),
  }),
)

/** Applies `edit` to one of `texts`; false when it would do nothing (an empty text, say). */
function apply(edit: Edit, texts: Y.XmlText[]): boolean {
  if (texts.length === 0) return false
  const text = texts[edit.target % texts.length]!
  const length = text.length
  switch (edit.kind) {
    case 'insert':
      text.insert(edit.at % (length + 1), edit.text)
      return true
    case 'delete':
    case 'format': {
      if (length === 0) return false
      const at = edit.at % length
      const span = Math.min(edit.length, length - at)
      if (edit.kind === 'delete') text.delete(at, span)
      else text.format(at, span, { [edit.mark]: {} })
      return true
    }
    case 'paragraph': {
      // A new paragraph right after the one holding this text, in the same parent.
      const holder = text.parent as Y.XmlElement
      const container = holder.parent as Y.XmlElement | Y.XmlFragment
      const index = container.toArray().indexOf(holder)
      const created = new Y.XmlElement('paragraph')
      created.insert(0, [new Y.XmlText(edit.text)])
      container.insert(index + 1, [created])
      return true
    }
  }
}

function fresh() {
  const server = prosemirrorJSONToYDoc(schema, minutes, CONTENT_FRAGMENT_NAME)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}

describe('judgeUpdate (property-based)', () => {
  it('accepts every random edit a speaker makes inside their own blocks, and both copies converge', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }),
        (edits, secretariatWords) => {
          const { server, client } = fresh()
          for (const [index, current] of edits.entries()) {
            const before = Y.encodeStateVector(client)
            if (!apply(current, partition(client).own)) continue
            const update = Y.encodeStateAsUpdate(client, before)
            // Meanwhile the secretariat edits elsewhere on the server: the speaker has not seen it.
            const word = secretariatWords[index]
            if (word) textsUnder(server.getXmlFragment(CONTENT_FRAGMENT_NAME))[0]!.insert(0, word)
            expect(judgeUpdate(server, Y.decodeUpdate(update), context)).toBeUndefined()
            Y.applyUpdate(server, update)
          }
          Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)))
          expect(client.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()).toBe(
            server.getXmlFragment(CONTENT_FRAGMENT_NAME).toString(),
          )
        },
      ),
      { numRuns: 150 },
    )
  })

  it('refuses every random edit a speaker makes outside their own blocks', () => {
    fc.assert(
      fc.property(edit, (current) => {
        const { server, client } = fresh()
        const before = Y.encodeStateVector(client)
        if (!apply(current, partition(client).others)) return
        const update = Y.encodeStateAsUpdate(client, before)
        expect(judgeUpdate(server, Y.decodeUpdate(update), context)).toBe(
          'This change is outside your section and was not saved.',
        )
      }),
      { numRuns: 300 },
    )
  })
})
