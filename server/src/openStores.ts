import path from 'node:path'
import type { AuthStore } from './auth/AuthStore'
import { PostgresAuthStore } from './auth/postgres/PostgresAuthStore'
import { SqliteAuthStore } from './auth/SqliteAuthStore'
import type { ServerConfig } from './config'
import type { HealthCheck } from './http/healthRoutes'
import type { Logger } from './logger'
import { startBackgroundCheckpoints } from './persistence/BackgroundCheckpoints'
import type { DocumentStore } from './persistence/DocumentStore'
import { openSqliteDatabase } from './persistence/openSqliteDatabase'
import { openPostgresDatabase } from './persistence/postgres/openPostgresDatabase'
import { PostgresDocumentStore } from './persistence/postgres/PostgresDocumentStore'
import { PostgresSearchIndex } from './persistence/postgres/PostgresSearchIndex'
import type { SearchIndex } from './persistence/SearchIndex'
import { SqliteDocumentStore } from './persistence/SqliteDocumentStore'
import { SqliteSearchIndex } from './persistence/SqliteSearchIndex'

export interface OpenedStores {
  /** Closing it closes the database both stores share. */
  store: DocumentStore
  authStore: AuthStore
  searchIndex: SearchIndex
  /** Where the data lives, for the start-up line. */
  location: string
  /** What /healthz reports and /readyz waits for. */
  health: HealthCheck
  /** Runs `work` while no other process on the same database runs the same `name`. */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>
}

/**
 * The embedded SQLite file in the data folder by default; PostgreSQL, shared by several server
 * processes, when DATABASE_URL is set. Throws PostgresStartError when that cannot be used.
 */
export async function openStores(config: ServerConfig, logger: Logger): Promise<OpenedStores> {
  if (config.databaseUrl === undefined) {
    const file = path.join(config.dataDir, 'minutes.sqlite')
    const db = openSqliteDatabase(file)
    const checkpoints = startBackgroundCheckpoints(db, file, {
      onError: (error) =>
        logger.warn('SQLite could not checkpoint its log in the background', error),
    })
    return {
      store: new SqliteDocumentStore(db, () => checkpoints.stop()),
      authStore: new SqliteAuthStore(db),
      searchIndex: new SqliteSearchIndex(db),
      location: file,
      health: { name: 'database', isReachable: async () => db.open },
      // One process owns the file, and every SQLite call runs to its end before another starts.
      exclusively: (_name, work) => work(),
    }
  }
  const db = await openPostgresDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    ...(config.databaseSchema === undefined ? {} : { schema: config.databaseSchema }),
    onIdleError: (error) => logger.warn('PostgreSQL dropped an idle connection', error),
  })
  return {
    store: new PostgresDocumentStore(db),
    authStore: new PostgresAuthStore(db),
    searchIndex: new PostgresSearchIndex(db),
    location: `PostgreSQL${config.databaseSchema ? ` (schema ${config.databaseSchema})` : ''}`,
    health: { name: 'database', isReachable: () => db.isReachable() },
    exclusively: (name, work) => db.exclusively(name, work),
  }
}
