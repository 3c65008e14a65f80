import {
  type CommentAuthor,
  type CommentThread,
  commentKey,
  type ThreadComment,
  threadKey,
} from './CommentThread'

/** One write to the comments map: a whole value under its key. */
export interface CommentEntry<T> {
  key: string
  value: T
}

/** A short random id; the map's keys are made of them. */
export function createCommentId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** What a new thread is anchored on: encoded relative positions and the text between them. */
export interface ThreadAnchor {
  start: string
  end: string
  quote: string
}

export function newThread(
  anchor: ThreadAnchor,
  author: CommentAuthor,
  now: number,
  id = createCommentId(),
): CommentEntry<CommentThread> {
  return { key: threadKey(id), value: { id, ...anchor, createdAt: now, author, resolved: null } }
}

export function newComment(
  threadId: string,
  body: string,
  author: CommentAuthor,
  now: number,
  mentions: readonly string[] = [],
  id = createCommentId(),
): CommentEntry<ThreadComment> {
  return {
    key: commentKey(threadId, id),
    value: {
      id,
      threadId,
      author,
      body,
      createdAt: now,
      editedAt: null,
      deleted: false,
      mentions: [...mentions],
    },
  }
}

export function editedComment(
  comment: ThreadComment,
  body: string,
  now: number,
  mentions: readonly string[] = comment.mentions,
): CommentEntry<ThreadComment> {
  return {
    key: commentKey(comment.threadId, comment.id),
    value: { ...comment, body, editedAt: now, mentions: [...mentions] },
  }
}

/** A deleted comment keeps its place in the thread and drops its words. */
export function deletedComment(comment: ThreadComment): CommentEntry<ThreadComment> {
  return {
    key: commentKey(comment.threadId, comment.id),
    value: { ...comment, body: '', mentions: [], deleted: true },
  }
}

/** The thread resolved by `by`, or reopened when `by` is null. */
export function withResolution(
  thread: CommentThread,
  by: CommentAuthor | null,
  now: number,
): CommentEntry<CommentThread> {
  return { key: threadKey(thread.id), value: { ...thread, resolved: by ? { by, at: now } : null } }
}
