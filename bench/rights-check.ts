/**
 * The cost of the server's rights check per incoming update, beside the cost of applying
 * the same update without it, on a 100-section document. Run: `npm run bench -- rights-check`.
 */
import { CONTENT_FRAGMENT_NAME, minutesExtensions } from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import {
  createMinutesSchemaRules,
  minutesRoots,
} from '../server/src/sync/inspection/minutesSchemaRules'
import { type JudgeContext, judgeUpdate } from '../server/src/sync/judgeUpdate'
import { percentiles, printTable, timeEach, timeOnce } from './measure'

const sections = 100
const keystrokes = 3_000
const schema = getSchema(minutesExtensions())
const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

const minutes: JSONContent = {
  type: 'doc',
  content: Array.from({ length: sections }, (_, index) => ({
    type: 'speakerSection',
    attrs: { speakerId: `p-${index}` },
    content: [
      paragraph(`Speaker ${index} explained the position of their organisation at some length.`),
      {
        type: 'bulletList',
        content: ['First point', 'Second point', 'Third point'].map((item) => ({
          type: 'listItem',
          content: [paragraph(`${item} made by speaker ${index}.`)],
        })),
      },
      paragraph('They closed by thanking the group.'),
    ],
  })),
}

const context = (speakerId: string): JudgeContext => ({
  access: { role: 'speaker', speakerId },
  status: 'circulated',
  schemaRules: createMinutesSchemaRules(),
  roots: minutesRoots,
})

/** One update a keystroke, as a speaker typing into the middle section makes them. */
function recordKeystrokes(base: Y.Doc): Uint8Array[] {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base))
  const section = client.getXmlFragment(CONTENT_FRAGMENT_NAME).get(sections / 2) as Y.XmlElement
  const text = (section.get(0) as Y.XmlElement).get(0) as Y.XmlText
  const updates: Uint8Array[] = []
  client.on('update', (update: Uint8Array) => updates.push(update))
  for (let index = 0; index < keystrokes; index++) text.insert(10 + (index % 40), 'x')
  return updates
}

const base = prosemirrorJSONToYDoc(schema, minutes, CONTENT_FRAGMENT_NAME)
const updates = recordKeystrokes(base)
const copy = () => {
  const doc = new Y.Doc({ gc: false })
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base))
  return doc
}

// Warm up the JIT on a throwaway copy so both columns measure steady state.
const warm = copy()
for (const update of updates.slice(0, 500)) {
  judgeUpdate(warm, Y.decodeUpdate(update), context(`p-${sections / 2}`))
  Y.applyUpdate(warm, update)
}

const applyOnly = copy()
const applyWithout = timeEach(updates, (update) => Y.applyUpdate(applyOnly, update))

const own = context(`p-${sections / 2}`)
const other = context('p-0')
const checkTimes: number[] = []
const refusalTimes: number[] = []
const checkedDoc = copy()
const checkThenApply = timeEach(updates, (update) => {
  const verdict = judgeUpdate(checkedDoc, Y.decodeUpdate(update), own)
  if (verdict !== undefined) throw new Error(`unexpected refusal: ${verdict}`)
  Y.applyUpdate(checkedDoc, update)
})
// The check alone, and the check refusing the same update for another speaker; each update
// is then applied untimed so the next one finds the state it was made against.
const judgedDoc = copy()
for (const update of updates) {
  checkTimes.push(timeOnce(() => judgeUpdate(judgedDoc, Y.decodeUpdate(update), own)))
  refusalTimes.push(
    timeOnce(() => {
      const verdict = judgeUpdate(judgedDoc, Y.decodeUpdate(update), other)
      if (verdict !== 'This change is outside your section and was not saved.') {
        throw new Error(`expected a refusal, got ${verdict}`)
      }
    }),
  )
  Y.applyUpdate(judgedDoc, update)
}

printTable(
  `Rights check per keystroke update — ${sections} speaker sections, ${updates.length} updates, Node ${process.version}`,
  {
    'apply the update (Y.applyUpdate), no check': applyWithout,
    'check the update (decode + schema + rights)': percentiles(checkTimes),
    'check, then apply': checkThenApply,
    'check a refused update (another speaker)': percentiles(refusalTimes),
  },
)
