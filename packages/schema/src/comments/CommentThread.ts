/**
 * Name of the Y.Map, beside the content, that holds comment threads and their comments. Threads
 * are never marks in the text: a reviewer who comments must not become an editor of the minutes.
 */
export const COMMENTS_MAP_NAME = 'comments'

/** Who wrote or resolved something, as the server knows them (never the client's say). */
export interface CommentAuthor {
  id: string
  name: string
  /** The role they commented in, shown beside the name. */
  role: CommentRole
}

export type CommentRole = 'secretariat' | 'reviewer' | 'speaker'
export const commentRoles: readonly CommentRole[] = ['secretariat', 'reviewer', 'speaker']

/**
 * A thread anchored on a stretch of the minutes. `start` and `end` are Yjs relative positions
 * (`Y.encodeRelativePosition`, base64) so that the anchor follows concurrent edits; `quote` is
 * the text as it was, shown when the text itself is gone.
 */
export interface CommentThread {
  id: string
  start: string
  end: string
  quote: string
  createdAt: number
  author: CommentAuthor
  resolved: { by: CommentAuthor; at: number } | null
}

/** One comment of a thread; deleting one keeps its place ("comment deleted") and drops its words. */
export interface ThreadComment {
  id: string
  threadId: string
  author: CommentAuthor
  body: string
  createdAt: number
  editedAt: number | null
  deleted: boolean
  /** Ids of people of the register the comment mentions. */
  mentions: string[]
}

export const maxCommentBodyLength = 4000
export const maxQuoteLength = 1000
export const maxCommentsPerThread = 100
export const maxThreadsPerDocument = 500
export const maxMentionsPerComment = 20
/** An encoded relative position is a few dozen bytes; this is generous. */
export const maxAnchorLength = 256

/** Where each entry lives in the map: one key per thread and one per comment, never nested types. */
export type CommentKey =
  | { kind: 'thread'; threadId: string }
  | { kind: 'comment'; threadId: string; commentId: string }

const idPattern = /^[A-Za-z0-9_-]{1,64}$/
/** Ids end up as keys of plain objects on clients; these would reach a prototype. */
const prototypeNames = new Set(['__proto__', 'constructor', 'prototype'])

export function isCommentEntryId(value: unknown): value is string {
  return typeof value === 'string' && idPattern.test(value) && !prototypeNames.has(value)
}

export function threadKey(threadId: string): string {
  return `thread:${threadId}`
}

export function commentKey(threadId: string, commentId: string): string {
  return `comment:${threadId}:${commentId}`
}

/** The entry a map key names, or undefined when the key is not one the map may hold. */
export function parseCommentKey(key: string): CommentKey | undefined {
  const parts = key.split(':')
  if (parts[0] === 'thread' && parts.length === 2 && isCommentEntryId(parts[1])) {
    return { kind: 'thread', threadId: parts[1] }
  }
  if (
    parts[0] === 'comment' &&
    parts.length === 3 &&
    isCommentEntryId(parts[1]) &&
    isCommentEntryId(parts[2])
  ) {
    return { kind: 'comment', threadId: parts[1], commentId: parts[2] }
  }
  return undefined
}
