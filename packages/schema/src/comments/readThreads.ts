import { type CommentThread, parseCommentKey, type ThreadComment } from './CommentThread'
import { checkCommentEntry } from './checkCommentEntry'

/** A thread with its comments, oldest first. */
export interface ThreadWithComments {
  thread: CommentThread
  comments: ThreadComment[]
}

/**
 * The threads of the comments map (its entries), in the order they were started. Entries the
 * server would refuse (none arrive, but a local copy is only as good as the browser it lives
 * in) are left out rather than shown half-read.
 */
export function readThreads(entries: Iterable<[string, unknown]>): ThreadWithComments[] {
  const threads = new Map<string, ThreadWithComments>()
  const comments: ThreadComment[] = []
  for (const [key, value] of entries) {
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
  return [...threads.values()].sort((one, other) => one.thread.createdAt - other.thread.createdAt)
}
