import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { createDocumentId, isDocumentId } from '../documents/documentId'
import type { Logger } from '../logger'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'

export interface AppOptions {
  store: DocumentStore
  clientDir: string
  logger: Logger
}

const maxTitleLength = 200
const defaultTitle = 'Untitled minutes'

/** The HTTP side: health, the documents API and the built client. */
export function createApp({ store, clientDir, logger }: AppOptions): Hono {
  const app = new Hono()

  app.get('/healthz', (c) => c.json({ status: 'ok' }))

  const api = new Hono()
  api.use(
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => c.json({ error: 'The request body is larger than 64 KiB.' }, 413),
    }),
  )

  api.get('/docs', async (c) => c.json((await store.listDocuments()).map(summarise)))

  api.post('/docs', async (c) => {
    const body = await readJsonObject(c.req.raw)
    const title = readTitle(body.title) ?? defaultTitle
    const id = createDocumentId()
    await store.createDocument({ id, title })
    return c.json({ id }, 201)
  })

  api.get('/docs/:id', async (c) => {
    const document = await findDocument(store, c.req.param('id'))
    return c.json(summarise(document))
  })

  api.patch('/docs/:id', async (c) => {
    const id = c.req.param('id')
    await findDocument(store, id)
    const title = readTitle((await readJsonObject(c.req.raw)).title)
    if (title === undefined) throw badRequest('Give the document a title of 1 to 200 characters.')
    const renamed = await store.renameDocument(id, title)
    return c.json(summarise(renamed ?? (await findDocument(store, id))))
  })

  api.all('*', (c) =>
    c.json({ error: `There is no API route ${c.req.method} ${c.req.path}.` }, 404),
  )
  app.route('/api', api)

  const indexFile = path.join(clientDir, 'index.html')
  // serveStatic resolves its root against the working directory and takes no absolute path.
  const root = path.relative(process.cwd(), clientDir) || '.'
  const staticFiles = serveStatic({ root })
  app.use('/*', (c, next) => (fs.existsSync(clientDir) ? staticFiles(c, next) : next()))
  app.get('*', async (c) => {
    if (!fs.existsSync(indexFile)) {
      return c.text(
        'The web client is not built yet. Run `npm start` from the repository root.',
        503,
      )
    }
    // Client-side routes (/d/:id) all start from the same page.
    return c.html(await fs.promises.readFile(indexFile, 'utf8'))
  })

  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status)
    logger.error(`${c.req.method} ${c.req.path} failed`, error)
    return c.json({ error: 'Something went wrong on the server. Try again shortly.' }, 500)
  })

  return app
}

function summarise({ id, title, updatedAt }: DocumentMeta) {
  return { id, title, updatedAt }
}

async function findDocument(store: DocumentStore, id: string): Promise<DocumentMeta> {
  const document = isDocumentId(id) ? await store.getDocument(id) : undefined
  if (!document) throw new HTTPException(404, { message: `There is no document with id "${id}".` })
  return document
}

async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text()
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.')
  }
  return body as Record<string, unknown>
}

/** A trimmed title, undefined when absent or blank; anything else that is not text is refused. */
function readTitle(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw badRequest('The title must be text.')
  const title = value.trim()
  if (title.length > maxTitleLength) {
    throw badRequest(`The title is longer than ${maxTitleLength} characters.`)
  }
  return title === '' ? undefined : title
}

function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message })
}
