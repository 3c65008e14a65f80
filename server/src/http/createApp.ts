import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import { documentRoutes } from './documentRoutes'

export interface AppOptions {
  store: DocumentStore
  clientDir: string
  logger: Logger
}

/** The HTTP side: health, the documents API and the built client. */
export function createApp({ store, clientDir, logger }: AppOptions): Hono {
  const app = new Hono()

  app.get('/healthz', (c) => c.json({ status: 'ok' }))

  app.route('/api/docs', documentRoutes(store))
  app.all('/api/*', (c) =>
    c.json({ error: `There is no API route ${c.req.method} ${c.req.path}.` }, 404),
  )

  const indexFile = path.join(clientDir, 'index.html')
  // serveStatic resolves its root against the working directory and takes no absolute path.
  const staticFiles = serveStatic({ root: path.relative(process.cwd(), clientDir) || '.' })
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
