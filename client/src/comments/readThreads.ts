import {
  type CommentThread,
  checkCommentEntry,
  parseCommentKey,
  type ThreadComment,
} from '@minutes/schema'
import type * as Y from 'yjs'

/** A thread with its comments, oldest first. */
export interface ThreadWithComments {
  thread: CommentThread
  comments: ThreadComment[]
}

/**
 * The threads of the comments map. Entries the server would refuse (none arrive, but a local
 * copy is only as good as the browser it lives in) are left out rather than shown half-read.
 */
export function readThreads(map: Y.Map<unknown>): ThreadWithComments[] {
  const threads = new Map<string, ThreadWithComments>()
  const comments: ThreadComment[] = []
  for (const [key, value] of map.entries()) {
    const parsed = parseCommentKey(key)
    if (!parsed || checkCommentEntry(key, value) !== undefined) continue
    if (parsed.kind === 'thread') {
      threads.set(parsed.threadId, { thread: value as CommentThread, comments: [] })
    } else {
      comments.push(value as ThreadComment)
    }
  }
  comments.sort((one, other) => one.createdAt - other.createdAt || one.id.localeCompare(other.id))
  for (const comment of comments) threads.get(comment.threadId)?.comments.push(comment)
  return [...threads.values()]
}
