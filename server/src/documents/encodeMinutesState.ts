import {
  CONTENT_FRAGMENT_NAME,
  minutesExtensions,
  PEOPLE_MAP_NAME,
  type Person,
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
 * dropped on the way into Yjs.
 */
export function encodeMinutesState(content: JSONContent, people: readonly Person[]): Uint8Array {
  try {
    schema.nodeFromJSON(content).check()
  } catch (error) {
    throw new InvalidMinutesError(
      `The minutes do not fit the document model: ${error instanceof Error ? error.message : error}`,
    )
  }
  const doc = prosemirrorJSONToYDoc(schema, content, CONTENT_FRAGMENT_NAME)
  const register = doc.getMap<Person>(PEOPLE_MAP_NAME)
  doc.transact(() => {
    for (const person of people) register.set(person.id, person)
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}
