import type { CommentAuthor, CommentThread, ThreadComment } from './CommentThread'

/** What a write to the comments map does, for the rights rules. */
export type CommentWrite =
  | {
      action: 'start' | 'reply' | 'edit' | 'delete' | 'resolve' | 'reopen' | 'rewrite'
      /** The person the write names as its author or resolver: must be the writer. */
      actor?: CommentAuthor
      /** Whose comment an edit or delete changes: only they may. */
      owner?: string
    }
  | { problem: string }

/**
 * What replacing `before` (absent for a new entry) with `after` under one key does. Both have
 * passed `checkCommentEntry` under that key. What identifies a thread or comment (ids, anchor,
 * quote, author, creation time) never changes.
 */
export function describeCommentWrite(
  before: CommentThread | ThreadComment | undefined,
  after: CommentThread | ThreadComment,
): CommentWrite {
  return 'threadId' in after
    ? describeComment(before as ThreadComment | undefined, after)
    : describeThread(before as CommentThread | undefined, after)
}

function describeThread(before: CommentThread | undefined, after: CommentThread): CommentWrite {
  if (!before) {
    if (after.resolved && !isSameAuthor(after.resolved.by, after.author)) {
      return { problem: 'A new thread can only be resolved by the person who starts it.' }
    }
    return { action: 'start', actor: after.author }
  }
  if (
    before.id !== after.id ||
    before.start !== after.start ||
    before.end !== after.end ||
    before.quote !== after.quote ||
    before.createdAt !== after.createdAt ||
    !isSameAuthor(before.author, after.author)
  ) {
    return { problem: 'A thread keeps its place, quote and author.' }
  }
  if (!after.resolved) return { action: before.resolved ? 'reopen' : 'rewrite' }
  if (
    before.resolved &&
    before.resolved.at === after.resolved.at &&
    isSameAuthor(before.resolved.by, after.resolved.by)
  ) {
    return { action: 'rewrite' }
  }
  return { action: 'resolve', actor: after.resolved.by }
}

function describeComment(before: ThreadComment | undefined, after: ThreadComment): CommentWrite {
  if (!before) {
    if (after.deleted || after.editedAt !== null) {
      return { problem: 'A new comment is neither edited nor deleted.' }
    }
    return { action: 'reply', actor: after.author }
  }
  if (
    before.id !== after.id ||
    before.threadId !== after.threadId ||
    before.createdAt !== after.createdAt ||
    !isSameAuthor(before.author, after.author)
  ) {
    return { problem: 'A comment keeps its thread, author and time.' }
  }
  const owner = before.author.id
  if (before.deleted) {
    return after.deleted && after.editedAt === before.editedAt
      ? { action: 'rewrite', owner }
      : { problem: 'A deleted comment stays deleted.' }
  }
  if (after.deleted) return { action: 'delete', owner }
  if (
    before.body === after.body &&
    before.editedAt === after.editedAt &&
    before.mentions.join('\n') === after.mentions.join('\n')
  ) {
    return { action: 'rewrite', owner }
  }
  if (after.editedAt === null) return { problem: 'An edited comment says when it was edited.' }
  return { action: 'edit', owner }
}

function isSameAuthor(one: CommentAuthor, other: CommentAuthor): boolean {
  return one.id === other.id && one.name === other.name && one.role === other.role
}
