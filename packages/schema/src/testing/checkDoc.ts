import { getSchema, type JSONContent } from '@tiptap/core'
import { minutesExtensions } from '../minutesExtensions'

const schema = getSchema(minutesExtensions())

/** A thunk that checks a document of `content` against the minutes schema, throwing if invalid. */
export function checkDoc(...content: JSONContent[]): () => void {
  return () => schema.nodeFromJSON({ type: 'doc', content }).check()
}
