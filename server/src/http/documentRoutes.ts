import type { CreatedDocument, DocumentSummary } from '@minutes/protocol'
import { DocumentRename, NewDocument } from '@minutes/protocol'
import { Hono } from 'hono'
import type { OpenThreadCounts } from '../documents/OpenThreadCounts'
import { createMinutes } from '../minutes/createMinutes'
import { findMinutes } from '../minutes/findMinutes'
import { renameMinutes } from '../minutes/renameMinutes'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import { jsonBody } from './jsonBody'

/** `/api/docs`: list (with each one's open comment threads), create, read and rename documents. */
export function documentRoutes(store: DocumentStore, openThreads: OpenThreadCounts): Hono {
  const routes = new Hono()
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

  routes.patch('/:id', jsonBody(DocumentRename), async (c) => {
    const { title } = c.req.valid('json')
    return c.json(summarise(await renameMinutes(store, c.req.param('id'), title)))
  })

  return routes
}

/** A document as the API sends it. */
export function summarise(meta: DocumentMeta): DocumentSummary {
  const { id, title, status, updatedAt, approvedBy, approvedAt, publishedBy, publishedAt } = meta
  return { id, title, status, updatedAt, approvedBy, approvedAt, publishedBy, publishedAt }
}
