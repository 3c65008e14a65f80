import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { loadConfig, type ServerConfig } from '../config'
import { silentLogger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { SqliteSearchIndex } from '../persistence/SqliteSearchIndex'
import { type AuthorizeConnection, type RunningServer, startServer } from '../startServer'

export interface TestServer extends RunningServer {
  store: DocumentStore
  authStore: SqliteAuthStore
  wsUrl: string
  dataDir: string
  /** Accepted as a secretariat bearer token on every document. */
  adminToken: string
  createDocument(title?: string, initialState?: Uint8Array): Promise<string>
}

/**
 * A real server on a free port, backed by SQLite in a fresh temporary folder, or in
 * `overrides.dataDir` (kept on close) to start again on what an earlier server stored.
 */
export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  wrapStore: (store: DocumentStore) => DocumentStore = (store) => store,
  authorizeConnection?: AuthorizeConnection,
): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-test-'))
  const config: ServerConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: false,
    ...overrides,
  }
  const db = openSqliteDatabase(path.join(dataDir, 'minutes.sqlite'))
  const store = wrapStore(new SqliteDocumentStore(db))
  const authStore = new SqliteAuthStore(db)
  const adminToken = randomBytes(24).toString('base64url')
  const server = await startServer(config, {
    store,
    authStore,
    searchIndex: new SqliteSearchIndex(db),
    auth: { publicUrl: 'http://localhost', adminToken },
    logger: silentLogger,
    ...(authorizeConnection ? { authorizeConnection } : {}),
  })
  let count = 0
  return {
    ...server,
    store,
    authStore,
    dataDir,
    adminToken,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    async createDocument(title = 'Test minutes', initialState) {
      const id = `doc-${Date.now()}-${++count}`
      await store.createDocument({ id, title, ...(initialState ? { initialState } : {}) })
      return id
    },
    async close() {
      await server.close()
      if (!overrides.dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
