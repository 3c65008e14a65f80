import {
  CONTENT_FRAGMENT_NAME,
  checkPersonValue,
  maxBlockDepth,
  minutesExtensions,
  PEOPLE_MAP_NAME,
  type Person,
  withValidAttributes,
} from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

const schema = getSchema(minutesExtensions())

export class InvalidMinutesError extends Error {
  override name = 'InvalidMinutesError'
}

/**
 * Encodes minutes content and its people register as the first update of a new document.
 * Content is checked against the shared schema first: what does not fit is refused, never
 * dropped on the way into Yjs; so is a person the server would refuse from a client.
 */
export function encodeMinutesState(content: JSONContent, people: readonly Person[]): Uint8Array {
  // Checked first, without recursion: deeper content would overflow every walk after it.
  if (blockDepthOf(content) > maxBlockDepth) {
    throw new InvalidMinutesError(`The minutes nest blocks more than ${maxBlockDepth} deep.`)
  }
  // An attribute that fails the checks clients are held to takes its default, as when pasted.
  const valid = withValidAttributes(content, schema)
  try {
    schema.nodeFromJSON(valid).check()
  } catch (error) {
    throw new InvalidMinutesError(
      `The minutes do not fit the document model: ${error instanceof Error ? error.message : error}`,
    )
  }
  for (const person of people) {
    const problem = checkPersonValue(person)
    if (problem) throw new InvalidMinutesError(`The people register does not fit: ${problem}`)
  }
  const doc = prosemirrorJSONToYDoc(schema, valid, CONTENT_FRAGMENT_NAME)
  const register = doc.getMap<Person>(PEOPLE_MAP_NAME)
  doc.transact(() => {
    for (const person of people) register.set(person.id, person)
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}

/** How deeply blocks nest in `content` (the document itself not counted), walked iteratively. */
function blockDepthOf(content: JSONContent): number {
  let deepest = 0
  const pending: [JSONContent, number][] = [[content, 0]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next
    if (node.type !== 'text') deepest = Math.max(deepest, depth)
    for (const child of node.content ?? []) pending.push([child, depth + 1])
  }
  return deepest
}
