import type { DocumentAccess } from '@minutes/permissions'
import { COMMENTS_MAP_NAME, type CommentAuthor } from '@minutes/schema'
import * as Y from 'yjs'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { UpdateRefusedError } from '../documents/LiveDocument'
import type { SchemaRules } from '../sync/inspection/createSchemaRules'
import type { DocumentRoots } from '../sync/inspection/describeUpdate'
import { judgeUpdate } from '../sync/judgeUpdate'

/** Who writes through the API, as the server knows them. */
export interface CommentWriter {
  access: DocumentAccess
  /** The identity their comments carry (the per-document commenter id, name, role). */
  author: CommentAuthor
  principalId: string
}

/** What every write is judged by: the same rules as the websocket path. */
export interface CommentJudging {
  schemaRules: SchemaRules
  roots: DocumentRoots
}

/** The rules refused the write; the message says why. */
export class CommentRefusedError extends Error {
  override name = 'CommentRefusedError'
}

/** No such thread or comment in the document. */
export class CommentNotFoundError extends Error {
  override name = 'CommentNotFoundError'
}

/**
 * Makes `write` into a Yjs update as the writer's own client would (a copy of the server's
 * document, a fresh client id bound to the writer) and submits it through the document's queue
 * with the websocket path's judge: refused, it is never applied, stored or sent; accepted, it
 * reaches every connected client like any other update.
 */
export async function writeCommentsAs<T>(
  registry: DocumentRegistry,
  judging: CommentJudging,
  documentId: string,
  writer: CommentWriter,
  write: (map: Y.Map<unknown>, doc: Y.Doc) => T,
): Promise<T> {
  const lease = await registry.acquire(documentId)
  const owner = { principalId: writer.principalId, supersede: () => {} }
  try {
    const document = lease.document
    await document.whenDurable()
    const copy = new Y.Doc({ gc: false })
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document.doc))
    while (Y.getState(document.doc.store, copy.clientID) > 0) copy.clientID = randomClientId()
    const before = Y.encodeStateVector(copy)
    const result = write(copy.getMap<unknown>(COMMENTS_MAP_NAME), copy)
    const update = Y.encodeStateAsUpdate(copy, before)
    const clientId = copy.clientID
    copy.destroy()
    await document.submitUpdate(update, owner, (doc) => {
      const refusal = judgeUpdate(doc, Y.decodeUpdate(update), {
        ...judging,
        access: writer.access,
        status: document.workflow.status,
        writer: writer.author,
      })
      if (refusal !== undefined) return refusal
      return document.clientIds.claimClients([clientId], owner)
        ? undefined
        : 'This change uses an editor id that belongs to someone else.'
    })
    return result
  } catch (error) {
    if (error instanceof UpdateRefusedError) throw new CommentRefusedError(error.message)
    throw error
  } finally {
    lease.document.clientIds.release(owner)
    lease.release()
  }
}

function randomClientId(): number {
  return Math.floor(Math.random() * 2 ** 31)
}
