import { exportHtml } from '@minutes/export'
import { Hono } from 'hono'
import { isDocumentId } from '../documents/documentId'
import { readMinutes } from '../documents/readMinutes'
import type { DocumentStore } from '../persistence/DocumentStore'
import { signOffsOf } from './exportRoutes'

const notPublished = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Minutes not published</title></head><body><main><h1>These minutes are not published</h1>
<p>They may still be in draft, or the link may be mistyped. Ask the secretariat for the published
version.</p></main></body></html>`

/**
 * `GET /p/:id`: the public page of published minutes, at a URL that stays the same for as long
 * as the document exists. Anything not published is not there, whoever asks.
 */
export function publicPageRoutes(store: DocumentStore): Hono {
  const routes = new Hono()
  routes.get('/p/:id', async (c) => {
    const id = c.req.param('id')
    const minutes = isDocumentId(id) ? await readMinutes(store, id) : undefined
    if (minutes?.meta.status !== 'published') return c.html(notPublished, 404)
    const { meta, content, people } = minutes
    return c.html(
      exportHtml({
        title: meta.title,
        status: meta.status,
        content,
        people,
        ...signOffsOf(meta),
      }),
      200,
      {
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    )
  })
  return routes
}
