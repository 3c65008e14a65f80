import {
  type AttributeCheck,
  oneOf,
  personId,
  quoteValue,
  text,
} from '../validation/AttributeCheck'
import { isPlainRecord } from '../validation/isPlainRecord'
import {
  type CommentKey,
  commentRoles,
  isCommentEntryId,
  maxAnchorLength,
  maxCommentBodyLength,
  maxMentionsPerComment,
  maxQuoteLength,
  parseCommentKey,
} from './CommentThread'

const entryId: AttributeCheck = (value) =>
  isCommentEntryId(value) ? undefined : `${quoteValue(value)} is not an id.`

/** A moment as milliseconds since the epoch, from 2020 to 2200. */
const moment: AttributeCheck = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1.5e12 && value <= 7.3e12
    ? undefined
    : `${quoteValue(value)} is not a moment.`

const anchor: AttributeCheck = (value) =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= maxAnchorLength &&
  /^[A-Za-z0-9+/]+={0,2}$/.test(value)
    ? undefined
    : 'An anchor must be an encoded position.'

const author: AttributeCheck = (value) =>
  checkRecord(value, { id: text(200), name: text(300), role: oneOf(commentRoles) }, 'The author')

const resolved: AttributeCheck = (value) =>
  value === null ? undefined : checkRecord(value, { by: author, at: moment }, 'The resolution')

const flag: AttributeCheck = (value) =>
  typeof value === 'boolean' ? undefined : `${quoteValue(value)} is not true or false.`

const mentions: AttributeCheck = (value) => {
  if (!Array.isArray(value) || value.length > maxMentionsPerComment) {
    return `Mentions must be a list of at most ${maxMentionsPerComment} people.`
  }
  for (const each of value) {
    const problem = personId(each)
    if (problem) return problem
  }
  return undefined
}

const threadChecks: Readonly<Record<string, AttributeCheck>> = {
  id: entryId,
  start: anchor,
  end: anchor,
  quote: text(maxQuoteLength),
  createdAt: moment,
  author,
  resolved,
}

const commentChecks: Readonly<Record<string, AttributeCheck>> = {
  id: entryId,
  threadId: entryId,
  author,
  body: text(maxCommentBodyLength),
  createdAt: moment,
  editedAt: (value) => (value === null ? undefined : moment(value)),
  deleted: flag,
  mentions,
}

/**
 * Why `value` may not be stored under `key` in the comments map, or undefined when it may: a
 * thread (`CommentThread`) or a comment (`ThreadComment`) with exactly its fields, bounded, under
 * the key its own ids make.
 */
export function checkCommentEntry(key: string, value: unknown): string | undefined {
  const parsed = parseCommentKey(key)
  if (!parsed) return `${quoteValue(key)} is not a thread or a comment.`
  if (parsed.kind === 'thread') {
    const problem = checkRecord(value, threadChecks, 'The thread')
    if (problem) return problem
  } else {
    const problem = checkRecord(value, commentChecks, 'The comment')
    if (problem) return problem
    if ((value as { deleted: boolean; body: string }).deleted) {
      const { body, mentions } = value as { body: string; mentions: unknown[] }
      if (body !== '' || mentions.length > 0) return 'A deleted comment keeps no words.'
    } else if ((value as { body: string }).body.trim() === '') {
      return 'A comment needs some words.'
    }
  }
  return isFiledUnder(parsed, value as Record<string, unknown>)
    ? undefined
    : 'A thread or comment must be filed under its own ids.'
}

function isFiledUnder(key: CommentKey, value: Record<string, unknown>): boolean {
  return key.kind === 'thread'
    ? value.id === key.threadId
    : value.id === key.commentId && value.threadId === key.threadId
}

/** A plain object with exactly the fields of `checks`, each passing its check. */
function checkRecord(
  value: unknown,
  checks: Readonly<Record<string, AttributeCheck>>,
  what: string,
): string | undefined {
  if (!isPlainRecord(value)) return `${what} must be a set of named values.`
  for (const field of Object.keys(checks)) {
    if (!Object.hasOwn(value, field)) return `${what} needs a ${field}.`
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const check = Object.hasOwn(checks, field) ? checks[field] : undefined
    if (!check) return `${what} has no field ${quoteValue(field)}.`
    const problem = check(fieldValue)
    if (problem) return `${what}'s ${field}: ${problem}`
  }
  return undefined
}
