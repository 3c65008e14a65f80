import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { maxImportBytes } from '@minutes/protocol'
import { Hono } from 'hono'
import type { Authenticator } from '../auth/Authenticator'
import type { AuthStore } from '../auth/AuthStore'
import { announcingChanges, DocumentChanges } from '../documents/DocumentChanges'
import type { DocumentRegistry } from '../documents/DocumentRegistry'
import { VersionCheckpoints } from '../documents/history/VersionCheckpoints'
import { indexingNewDocuments } from '../documents/indexingNewDocuments'
import { OpenThreadCounts } from '../documents/OpenThreadCounts'
import { SearchIndexer } from '../documents/SearchIndexer'
import type { Logger } from '../logger'
import { AuditLog } from '../minutes/AuditLog'
import { CommentsOnMinutes } from '../minutes/CommentsOnMinutes'
import { CorrectionsOnMinutes } from '../minutes/CorrectionsOnMinutes'
import { VersionHistory } from '../minutes/VersionHistory'
import type { DocumentStore } from '../persistence/DocumentStore'
import { MemorySearchIndex } from '../persistence/MemorySearchIndex'
import type { SearchIndex } from '../persistence/SearchIndex'
import { createMinutesSchemaRules, minutesRoots } from '../sync/inspection/minutesSchemaRules'
import { answerErrors } from './answerErrors'
import { authRoutes } from './authRoutes'
import { commentRoutes } from './commentRoutes'
import { correctionRoutes } from './correctionRoutes'
import { documentRoutes } from './documentRoutes'
import { exportRoutes } from './exportRoutes'
import { type HealthCheck, healthRoutes } from './healthRoutes'
import { importRoutes } from './importRoutes'
import { inviteRoutes } from './inviteRoutes'
import { limitRequestBodies } from './limitRequestBodies'
import { publicPageRoutes } from './publicPageRoutes'
import { refuseCrossOrigin } from './refuseCrossOrigin'
import { requireAccess, requireAccount } from './requireAccess'
import { searchRoutes } from './searchRoutes'
import { securityHeaders } from './securityHeaders'
import { seriesRoutes } from './seriesRoutes'
import { statusRoutes } from './statusRoutes'
import { versionRoutes } from './versionRoutes'

export interface AppOptions {
  store: DocumentStore
  registry: DocumentRegistry
  authStore: AuthStore
  authenticator: Authenticator
  publicUrl: string
  clientDir: string
  logger: Logger
  /** The search index and what keeps it current; one in memory when not given (tests). */
  search?: { index: SearchIndex; indexer: SearchIndexer }
  /** Services /healthz reports and /readyz waits for; none for an embedded store alone. */
  health?: readonly HealthCheck[]
  /** The registry's observer that records versions; one of its own (no automatic checkpoints) when absent. */
  checkpoints?: VersionCheckpoints
  /** The audit trail, shared with the sync layer's "joined"; one of its own when absent. */
  audit?: AuditLog
  /** What the registry's live documents and the store's metas tell of changes; one of its own (told only of the metas) when absent. */
  changes?: DocumentChanges
}

/** The HTTP side: health, sign-in, the documents API and the built client. */
export function createApp(options: AppOptions): Hono {
  const { store, registry, authStore, authenticator, publicUrl, clientDir, logger } = options
  const search = options.search ?? inMemorySearch(store, logger)
  const changes = options.changes ?? new DocumentChanges()
  const creating = indexingNewDocuments(announcingChanges(store, changes), search.indexer, logger)
  const app = new Hono()
  const audit = options.audit ?? new AuditLog(store, logger)
  const judging = { schemaRules: createMinutesSchemaRules(), roots: minutesRoots }
  const history = new VersionHistory({
    registry,
    store,
    authStore,
    checkpoints:
      options.checkpoints ?? new VersionCheckpoints(store, { intervalMs: 300_000, logger }),
    judging,
    audit,
  })

  // Before every route, so that no route can be registered ahead of them.
  app.use(securityHeaders())
  app.use(
    limitRequestBodies(
      { maxBytes: 64 * 1024, tooLarge: 'The request body is larger than 64 KiB.' },
      {
        '/api/docs/import': {
          maxBytes: maxImportBytes,
          tooLarge: 'The file is larger than 5 MiB. Split it, or import it as text.',
        },
      },
    ),
  )
  app.route('/', healthRoutes(options.health ?? []))

  app.route('/', authRoutes({ store: authStore, authenticator, publicUrl }))
  app.route(
    '/',
    inviteRoutes({ store: authStore, authenticator, documents: store, publicUrl, audit }),
  )
  app.route('/', publicPageRoutes(store))

  // What is not one document's needs a secretariat account (or the admin token).
  app.use('/api/docs', requireAccount(authenticator))
  app.use('/api/docs/import', requireAccount(authenticator))
  app.use('/api/docs/*', refuseCrossOrigin(publicUrl))
  // Import comes before `/api/docs/:id`, which would otherwise take "import" for an id.
  app.route('/api/docs/import', importRoutes(creating))
  const anyRole = requireAccess(authenticator, { documents: store })
  const secretariat = requireAccess(authenticator, { documents: store, toManage: true })
  app.get('/api/docs/:id', anyRole)
  app.patch('/api/docs/:id', secretariat)
  app.use('/api/docs/:id/export', anyRole)
  app.route('/api/docs/:id/export', exportRoutes(store, audit))
  app.use('/api/docs/:id/versions', anyRole)
  app.use('/api/docs/:id/versions/*', anyRole)
  app.route('/api/docs/:id/versions', versionRoutes(history, audit))
  app.use('/api/docs/:id/audit', secretariat)
  app.get('/api/docs/:id/audit', async (c) => c.json(await audit.list(c.req.param('id'))))
  app.use('/api/docs/:id/comments', anyRole)
  app.use('/api/docs/:id/comments/*', anyRole)
  app.route('/api/docs/:id/comments', commentRoutes(new CommentsOnMinutes(registry, judging)))
  app.use('/api/docs/:id/corrections', anyRole)
  app.use('/api/docs/:id/corrections/*', anyRole)
  app.route(
    '/api/docs/:id/corrections',
    correctionRoutes(new CorrectionsOnMinutes({ registry, store, authStore, judging, audit })),
  )
  app.use('/api/docs/:id/status', secretariat)
  app.route('/api/docs/:id/status', statusRoutes(registry, store, history))
  app.route('/api/docs', documentRoutes(creating, new OpenThreadCounts(store)))
  app.route('/api/search', searchRoutes({ ...search, store, authenticator }))
  // A series spans documents: accounts only, as the list of documents is.
  app.use('/api/series', requireAccount(authenticator))
  app.use('/api/series/*', requireAccount(authenticator))
  app.use('/api/series', refuseCrossOrigin(publicUrl))
  app.use('/api/series/*', refuseCrossOrigin(publicUrl))
  app.route('/api/series', seriesRoutes({ store: creating, changes, publicUrl }))
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
    // Client-side routes (/d/:id, /sign-in, /setup) all start from the same page.
    return c.html(await fs.promises.readFile(indexFile, 'utf8'))
  })

  app.onError(answerErrors(logger))

  return app
}

/** A search that indexes each document from the store when first searched. */
function inMemorySearch(store: DocumentStore, logger: Logger) {
  const index = new MemorySearchIndex()
  return { index, indexer: new SearchIndexer(index, store, { delayMs: 0, logger }) }
}
