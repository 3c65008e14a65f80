import {
  type CommentAuthor,
  type CommentEntry,
  type CommentThread,
  deletedComment,
  editedComment,
  newComment,
  newThread,
  type ThreadAnchor,
  type ThreadComment,
  withResolution,
} from '@minutes/schema'
import type * as Y from 'yjs'

/**
 * Every write to the comments map replaces one whole value, in the writer's own name: the
 * server judges exactly these replacements (and refuses anything else, removals included).
 */
function write(map: Y.Map<unknown>, ...entries: CommentEntry<unknown>[]): void {
  const apply = () => {
    for (const { key, value } of entries) map.set(key, value)
  }
  if (map.doc) map.doc.transact(apply)
  else apply()
}

/** What a person wrote: the words, and the people of the register they mention. */
export interface CommentText {
  body: string
  mentions?: readonly string[]
}

export function startThread(
  map: Y.Map<unknown>,
  anchor: ThreadAnchor,
  { body, mentions }: CommentText,
  author: CommentAuthor,
  now = Date.now(),
): string {
  const thread = newThread(anchor, author, now)
  write(map, thread, newComment(thread.value.id, body, author, now, mentions))
  return thread.value.id
}

export function reply(
  map: Y.Map<unknown>,
  threadId: string,
  { body, mentions }: CommentText,
  author: CommentAuthor,
  now = Date.now(),
): void {
  write(map, newComment(threadId, body, author, now, mentions))
}

export function editComment(
  map: Y.Map<unknown>,
  comment: ThreadComment,
  { body, mentions }: CommentText,
): void {
  write(map, editedComment(comment, body, Date.now(), mentions))
}

export function deleteComment(map: Y.Map<unknown>, comment: ThreadComment): void {
  write(map, deletedComment(comment))
}

export function setResolved(
  map: Y.Map<unknown>,
  thread: CommentThread,
  by: CommentAuthor | null,
): void {
  write(map, withResolution(thread, by, Date.now()))
}
