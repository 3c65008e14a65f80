import type { DescribedChange } from '@minutes/permissions'
import {
  type CommentThread,
  describeCommentWrite,
  maxCommentsPerThread,
  maxThreadsPerDocument,
  parseCommentKey,
  type ThreadComment,
  threadKey,
} from '@minutes/schema'
import * as Y from 'yjs'
import type { UpdateInspection } from './inspectUpdate'

/** What an update writes at one key of the comments map: a new item, or the removal of one. */
export interface CommentMapWrite {
  key: string
  item: Y.Item
  removes: boolean
}

/**
 * Describes an update's writes to the comments map for the rights rules. Each new value is
 * judged as a replacement of the value the server shows now (what identifies an entry never
 * changes, so that is the same whichever version the writer saw). A value is only ever replaced
 * by a newer one written after it: an entry is never removed from the map, a new item must come
 * after the one it replaces, and one with no predecessor may not land on a key the server has.
 * The shapes of values were checked with the schema before this runs.
 */
export function describeCommentWrites(
  inspection: UpdateInspection,
  root: string,
  writes: readonly CommentMapWrite[],
): DescribedChange[] {
  const map = inspection.doc.getMap<unknown>(root)
  const stored = (map as unknown as { _map: Map<string, Y.Item> })._map
  const changes: DescribedChange[] = []
  const refuse = (description: string) => changes.push({ target: 'unknown', description })
  // An item replaced by a new one at its key: the predecessor each new item names.
  const replaced = new Set<string>()
  const newThreads = new Set<string>()
  const newComments = new Map<string, Set<string>>()
  for (const { item, removes } of writes) {
    if (removes || !item.origin) continue
    replaced.add(idKey(item.origin))
  }
  for (const { key, item, removes } of writes) {
    if (removes || item.content instanceof Y.ContentDeleted) {
      // Deleting a comment marks it deleted; the entry stays, so its thread stays whole.
      if (!replaced.has(idKey(item.lastId))) {
        refuse('it removes a comment; comments are deleted by marking them deleted')
      }
      continue
    }
    if (item.rightOrigin) {
      refuse('it places a comment out of order')
      continue
    }
    if (!item.origin && stored.has(key)) {
      refuse('it writes over a comment it has not seen')
      continue
    }
    const parsed = parseCommentKey(key)
    const after = item.content.getContent()[0] as CommentThread | ThreadComment
    if (!parsed) continue
    if (parsed.kind === 'thread') {
      if (!map.has(key)) newThreads.add(key)
    } else {
      const threadIsHere =
        map.has(threadKey(parsed.threadId)) || newThreads.has(threadKey(parsed.threadId))
      if (!threadIsHere) {
        refuse('it answers a thread this document does not have')
        continue
      }
      if (!map.has(key)) {
        const added = newComments.get(parsed.threadId) ?? new Set<string>()
        added.add(key)
        newComments.set(parsed.threadId, added)
      }
    }
    const before = map.get(key) as CommentThread | ThreadComment | undefined
    const write = describeCommentWrite(before, after)
    if ('problem' in write) refuse(write.problem)
    else changes.push({ target: 'comment', ...write })
  }
  if (newThreads.size > 0 || newComments.size > 0) {
    const problem = checkCounts(map, newThreads.size, newComments)
    if (problem) refuse(problem)
  }
  return changes
}

/** Entries are counted only when an update adds some, so the map is walked at most then. */
function checkCounts(
  map: Y.Map<unknown>,
  addedThreads: number,
  addedComments: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  let threads = addedThreads
  const comments = new Map<string, number>()
  for (const [threadId, added] of addedComments) comments.set(threadId, added.size)
  for (const key of map.keys()) {
    const parsed = parseCommentKey(key)
    if (parsed?.kind === 'thread') threads += 1
    else if (parsed && comments.has(parsed.threadId)) {
      comments.set(parsed.threadId, (comments.get(parsed.threadId) ?? 0) + 1)
    }
  }
  if (threads > maxThreadsPerDocument) {
    return `a document holds at most ${maxThreadsPerDocument} threads`
  }
  for (const count of comments.values()) {
    if (count > maxCommentsPerThread)
      return `a thread holds at most ${maxCommentsPerThread} comments`
  }
  return undefined
}

function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`
}
