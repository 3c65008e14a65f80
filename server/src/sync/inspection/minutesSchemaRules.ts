import {
  CONTENT_FRAGMENT_NAME,
  checkAttributeValue,
  checkMarkValue,
  checkPersonValue,
  minutesExtensions,
  PEOPLE_MAP_NAME,
} from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import { createSchemaRules, type SchemaRules, type ValueChecks } from './createSchemaRules'
import type { DocumentRoots } from './describeUpdate'

/** The roots of a minutes document that clients write. */
export const minutesRoots: DocumentRoots = {
  content: CONTENT_FRAGMENT_NAME,
  register: PEOPLE_MAP_NAME,
}

/** Values arriving through Yjs never pass the editor's parsing: the schema's own checks run here. */
const minutesValueChecks: ValueChecks = {
  checkAttribute: checkAttributeValue,
  checkMark: checkMarkValue,
  checkMapValue: (_root, key, value) => {
    const problem = checkPersonValue(value)
    if (problem) return problem
    // A person is filed under their own id; anything else would make two people one.
    return (value as { id: unknown }).id === key
      ? undefined
      : 'A person must be filed under their id.'
  },
}

/** The rules every update to a minutes document is checked against. */
export function createMinutesSchemaRules(): SchemaRules {
  return createSchemaRules(
    getSchema(minutesExtensions()),
    { [CONTENT_FRAGMENT_NAME]: 'content', [PEOPLE_MAP_NAME]: 'map' },
    minutesValueChecks,
  )
}
