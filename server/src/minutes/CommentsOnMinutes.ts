import type { CommentThreads } from '@minutes/protocol'
import {
  COMMENTS_MAP_NAME,
  type CommentEntry,
  type CommentThread,
  checkCommentEntry,
  commentKey,
  deletedComment,
  editedComment,
  newComment,
  newThread,
  readThreads,
  type ThreadComment,
  threadKey,
  withResolution,
} from '@minutes/schema'
import type * as Y from 'yjs'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { anchorOnQuote, isAnchored } from './anchorOnQuote'
import { InvalidInputError } from './InvalidInputError'
import {
  type CommentJudging,
  CommentNotFoundError,
  type CommentWriter,
  writeCommentsAs,
} from './writeCommentsAs'

/**
 * The comment threads through the API (`/api/docs/:id/comments`): every write is made and
 * judged as the writer's own client's would be, so the rules are the websocket path's.
 */
export class CommentsOnMinutes {
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly judging: CommentJudging,
  ) {}

  async list(documentId: string): Promise<CommentThreads> {
    const lease = await this.registry.acquire(documentId)
    try {
      const doc = lease.document.doc
      return {
        threads: readThreads(doc.getMap<unknown>(COMMENTS_MAP_NAME).entries()).map(
          ({ thread, comments }) => ({
            id: thread.id,
            quote: thread.quote,
            detached: !isAnchored(doc, thread),
            resolved: thread.resolved !== null,
            comments: comments.map((comment) => ({
              id: comment.id,
              author: { name: comment.author.name, role: comment.author.role },
              body: comment.body,
              deleted: comment.deleted,
              createdAt: new Date(comment.createdAt).toISOString(),
              ...(comment.editedAt === null
                ? {}
                : { editedAt: new Date(comment.editedAt).toISOString() }),
            })),
          }),
        ),
      }
    } finally {
      lease.release()
    }
  }

  startThread(
    documentId: string,
    writer: CommentWriter,
    { quote, body, occurrence }: { quote: string; body: string; occurrence?: number },
  ): Promise<string> {
    return this.write(documentId, writer, (_map, doc) => {
      const anchor = anchorOnQuote(doc, quote, occurrence)
      if (!anchor) {
        throw new InvalidInputError(
          occurrence && occurrence > 1
            ? `The minutes do not say "${quote}" ${occurrence} times.`
            : `The minutes do not say "${quote}".`,
        )
      }
      const now = Date.now()
      const thread = newThread(anchor, writer.author, now)
      return {
        result: thread.value.id,
        entries: [thread, newComment(thread.value.id, body, writer.author, now)],
      }
    })
  }

  reply(documentId: string, writer: CommentWriter, threadId: string, body: string): Promise<void> {
    return this.write(documentId, writer, (map) => {
      threadIn(map, threadId)
      return { result: undefined, entries: [newComment(threadId, body, writer.author, Date.now())] }
    })
  }

  setResolved(
    documentId: string,
    writer: CommentWriter,
    threadId: string,
    isResolved: boolean,
  ): Promise<void> {
    return this.write(documentId, writer, (map) => ({
      result: undefined,
      entries: [
        withResolution(threadIn(map, threadId), isResolved ? writer.author : null, Date.now()),
      ],
    }))
  }

  edit(
    documentId: string,
    writer: CommentWriter,
    ids: { threadId: string; commentId: string },
    body: string,
  ): Promise<void> {
    return this.write(documentId, writer, (map) => ({
      result: undefined,
      entries: [editedComment(commentIn(map, ids), body, Date.now())],
    }))
  }

  delete(
    documentId: string,
    writer: CommentWriter,
    ids: { threadId: string; commentId: string },
  ): Promise<void> {
    return this.write(documentId, writer, (map) => ({
      result: undefined,
      entries: [deletedComment(commentIn(map, ids))],
    }))
  }

  /** Checks each new value with the model first, so a bad body is a 400 saying why. */
  private write<T>(
    documentId: string,
    writer: CommentWriter,
    make: (map: Y.Map<unknown>, doc: Y.Doc) => { result: T; entries: CommentEntry<unknown>[] },
  ): Promise<T> {
    return writeCommentsAs(this.registry, this.judging, documentId, writer, (map, doc) => {
      const { result, entries } = make(map, doc)
      for (const { key, value } of entries) {
        const problem = checkCommentEntry(key, value)
        if (problem) throw new InvalidInputError(problem)
      }
      doc.transact(() => {
        for (const { key, value } of entries) map.set(key, value)
      })
      return result
    })
  }
}

function threadIn(map: Y.Map<unknown>, threadId: string): CommentThread {
  const thread = map.get(threadKey(threadId))
  if (!thread) throw new CommentNotFoundError('There is no such thread in these minutes.')
  return thread as CommentThread
}

function commentIn(
  map: Y.Map<unknown>,
  { threadId, commentId }: { threadId: string; commentId: string },
): ThreadComment {
  const comment = map.get(commentKey(threadId, commentId))
  if (!comment) throw new CommentNotFoundError('There is no such comment in this thread.')
  return comment as ThreadComment
}
