import type { CreatedDocument, DocumentSummary } from '@minutes/protocol'
import { DocumentChange, NewDocument } from '@minutes/protocol'
import { Hono } from 'hono'
import type { OpenThreadCounts } from '../documents/OpenThreadCounts'
import { changeMinutes } from '../minutes/changeMinutes'
import { createMinutes } from '../minutes/createMinutes'
import { findMinutes } from '../minutes/findMinutes'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import { jsonBody } from './jsonBody'
import type { AuthEnv } from './requireAccess'

/**
 * `/api/docs`: list (with each one's open comment threads), create (in a series or none), read,
 * rename and move documents to a series.
 */
export function documentRoutes(store: DocumentStore, openThreads: OpenThreadCounts): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>()
  routes.get('/', async (c) => {
    const documents = await store.listDocuments()
    const summaries: DocumentSummary[] = []
    for (const meta of documents) {
      summaries.push({ ...summarise(meta), openThreads: await openThreads.of(meta) })
    }
    return c.json(summaries)
  })

  routes.post('/', jsonBody(NewDocument), async (c) => {
    const { id } = await createMinutes(store, c.req.valid('json'))
    return c.json({ id } satisfies CreatedDocument, 201)
  })

  routes.get('/:id', async (c) => c.json(summarise(await findMinutes(store, c.req.param('id')))))

  routes.patch('/:id', jsonBody(DocumentChange), async (c) => {
    const change = c.req.valid('json')
    // A series spans documents, and an invitation opens one: it may rename, never move.
    if (change.seriesId !== undefined && c.get('principal').kind === 'invitation') {
      return c.json({ error: 'Only secretariat accounts can move minutes to a series.' }, 403)
    }
    return c.json(summarise(await changeMinutes(store, c.req.param('id'), change)))
  })

  return routes
}

/** A document as the API sends it. */
export function summarise(meta: DocumentMeta): DocumentSummary {
  const { id, title, status, updatedAt, approvedBy, approvedAt, publishedBy, publishedAt } = meta
  return {
    id,
    title,
    status,
    updatedAt,
    approvedBy,
    approvedAt,
    publishedBy,
    publishedAt,
    seriesId: meta.seriesId,
  }
}
