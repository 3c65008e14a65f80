import {
  COMMENTS_MAP_NAME,
  CONTENT_FRAGMENT_NAME,
  checkAttributeValue,
  checkCommentEntry,
  checkMarkValue,
  checkPersonValue,
  minutesExtensions,
  PEOPLE_MAP_NAME,
} from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import * as Y from 'yjs'
import { createSchemaRules, type SchemaRules, type ValueChecks } from './createSchemaRules'
import type { DocumentRoots } from './describeUpdate'

/** The roots of a minutes document that clients write. */
export const minutesRoots: DocumentRoots = {
  content: CONTENT_FRAGMENT_NAME,
  register: PEOPLE_MAP_NAME,
  comments: COMMENTS_MAP_NAME,
}

/** Values arriving through Yjs never pass the editor's parsing: the schema's own checks run here. */
const minutesValueChecks: ValueChecks = {
  checkAttribute: checkAttributeValue,
  checkMark: checkMarkValue,
  checkMapValue: (root, key, value) => {
    if (root === COMMENTS_MAP_NAME) return checkComment(key, value)
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
    { [CONTENT_FRAGMENT_NAME]: 'content', [PEOPLE_MAP_NAME]: 'map', [COMMENTS_MAP_NAME]: 'map' },
    minutesValueChecks,
  )
}

/** A thread's anchors must also be positions Yjs can read, or every client would fail on them. */
function checkComment(key: string, value: unknown): string | undefined {
  const problem = checkCommentEntry(key, value)
  if (problem || !('start' in (value as object))) return problem
  const { start, end } = value as { start: string; end: string }
  try {
    for (const anchor of [start, end]) {
      Y.decodeRelativePosition(Buffer.from(anchor, 'base64'))
    }
  } catch {
    return 'A thread must be anchored on positions in the minutes.'
  }
  return undefined
}
