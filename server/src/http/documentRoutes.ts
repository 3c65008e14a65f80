import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { createDocumentId, isDocumentId } from '../documents/documentId'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import { badRequest, readJsonObject } from './readJsonObject'

const maxTitleLength = 200
export const defaultTitle = 'Untitled minutes'

/** `/api/docs`: list, create, read and rename documents. */
export function documentRoutes(store: DocumentStore): Hono {
  const routes = new Hono()
  routes.get('/', async (c) => c.json((await store.listDocuments()).map(summarise)))

  routes.post('/', async (c) => {
    const body = await readJsonObject(c.req.raw)
    const title = readTitle(body.title) ?? defaultTitle
    const id = createDocumentId()
    await store.createDocument({ id, title })
    return c.json({ id }, 201)
  })

  routes.get('/:id', async (c) => {
    const document = await findDocument(store, c.req.param('id'))
    return c.json(summarise(document))
  })

  routes.patch('/:id', async (c) => {
    const id = c.req.param('id')
    await findDocument(store, id)
    const title = readTitle((await readJsonObject(c.req.raw)).title)
    if (title === undefined) throw badRequest('Give the document a title of 1 to 200 characters.')
    const renamed = await store.renameDocument(id, title)
    return c.json(summarise(renamed ?? (await findDocument(store, id))))
  })

  return routes
}

export function summarise(meta: DocumentMeta) {
  const { id, title, status, updatedAt, approvedBy, approvedAt, publishedBy, publishedAt } = meta
  return { id, title, status, updatedAt, approvedBy, approvedAt, publishedBy, publishedAt }
}

async function findDocument(store: DocumentStore, id: string): Promise<DocumentMeta> {
  const document = isDocumentId(id) ? await store.getDocument(id) : undefined
  if (!document) throw new HTTPException(404, { message: `There is no document with id "${id}".` })
  return document
}

/** A trimmed title, undefined when absent or blank; anything else that is not text is refused. */
export function readTitle(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw badRequest('The title must be text.')
  const title = value.trim()
  if (title.length > maxTitleLength) {
    throw badRequest(`The title is longer than ${maxTitleLength} characters.`)
  }
  return title === '' ? undefined : title
}
