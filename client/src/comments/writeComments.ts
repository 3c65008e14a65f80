import {
  type CommentAuthor,
  type CommentThread,
  commentKey,
  type ThreadComment,
  threadKey,
} from '@minutes/schema'
import type * as Y from 'yjs'

/** What a new thread is anchored on: encoded relative positions and the text between them. */
export interface ThreadAnchor {
  start: string
  end: string
  quote: string
}

/** A short random id; the map's keys are made of them. */
export function createCommentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Every write to the comments map replaces one whole value, in the writer's own name: the
 * server judges exactly these replacements (and refuses anything else, removals included).
 */
export function startThread(
  map: Y.Map<unknown>,
  anchor: ThreadAnchor,
  body: string,
  author: CommentAuthor,
  now = Date.now(),
): string {
  const id = createCommentId()
  const thread: CommentThread = { id, ...anchor, createdAt: now, author, resolved: null }
  map.doc?.transact(() => {
    map.set(threadKey(id), thread)
    writeComment(map, id, body, author, now)
  })
  return id
}

export function reply(
  map: Y.Map<unknown>,
  threadId: string,
  body: string,
  author: CommentAuthor,
  now = Date.now(),
): void {
  writeComment(map, threadId, body, author, now)
}

export function editComment(
  map: Y.Map<unknown>,
  comment: ThreadComment,
  body: string,
  now = Date.now(),
): void {
  map.set(commentKey(comment.threadId, comment.id), { ...comment, body, editedAt: now })
}

export function deleteComment(map: Y.Map<unknown>, comment: ThreadComment): void {
  map.set(commentKey(comment.threadId, comment.id), {
    ...comment,
    body: '',
    mentions: [],
    deleted: true,
  })
}

export function setResolved(
  map: Y.Map<unknown>,
  thread: CommentThread,
  by: CommentAuthor | null,
  now = Date.now(),
): void {
  map.set(threadKey(thread.id), { ...thread, resolved: by ? { by, at: now } : null })
}

function writeComment(
  map: Y.Map<unknown>,
  threadId: string,
  body: string,
  author: CommentAuthor,
  now: number,
): void {
  const id = createCommentId()
  const comment: ThreadComment = {
    id,
    threadId,
    author,
    body,
    createdAt: now,
    editedAt: null,
    deleted: false,
    mentions: [],
  }
  map.set(commentKey(threadId, id), comment)
}
