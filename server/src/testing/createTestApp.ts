import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Hono } from 'hono'
import { Authenticator } from '../auth/Authenticator'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { DocumentRegistry } from '../documents/DocumentRegistry'
import { createApp } from '../http/createApp'
import { silentLogger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'

export interface TestApp {
  app: Hono
  store: SqliteDocumentStore
  authStore: SqliteAuthStore
  authenticator: Authenticator
  adminToken: string
  publicUrl: string
  close(): Promise<void>
}

/** The whole HTTP app over SQLite in a fresh folder, with a stand-in built client. */
export function createTestApp(): TestApp {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-app-'))
  fs.mkdirSync(path.join(folder, 'client'))
  fs.writeFileSync(path.join(folder, 'client/index.html'), '<!doctype html><title>Minutes</title>')
  const db = openSqliteDatabase(path.join(folder, 'minutes.sqlite'))
  const store = new SqliteDocumentStore(db)
  const authStore = new SqliteAuthStore(db)
  const adminToken = 'an-admin-token-of-at-least-thirty-two-chars'
  const publicUrl = 'http://localhost'
  const authenticator = new Authenticator({ store: authStore, adminToken, logger: silentLogger })
  const registry = new DocumentRegistry(store, {
    unloadDelayMs: 0,
    compactAfterUpdates: 100,
    logger: silentLogger,
  })
  const app = createApp({
    store,
    registry,
    authStore,
    authenticator,
    publicUrl,
    clientDir: path.join(folder, 'client'),
    logger: silentLogger,
  })
  return {
    app,
    store,
    authStore,
    authenticator,
    adminToken,
    publicUrl,
    async close() {
      await store.close()
      fs.rmSync(folder, { recursive: true, force: true })
    },
  }
}

/**
 * One request per method and registered route of `app`, with `:id` as `documentId` and other
 * parameters and wildcards filled in; middleware (registered for all methods) gives the unsafe ones.
 */
export function requestsForEveryRoute(
  app: Hono,
  documentId: string,
): { method: string; path: string }[] {
  const requests = new Map<string, { method: string; path: string }>()
  for (const route of app.routes) {
    const methods = route.method === 'ALL' ? ['POST', 'PUT', 'PATCH', 'DELETE'] : [route.method]
    const requestPath = route.path
      .replace(/:id\b/g, documentId)
      .replace(/:[A-Za-z]+/g, 'something')
      .replace(/\*/g, 'anything')
    for (const method of methods) {
      requests.set(`${method} ${requestPath}`, { method, path: requestPath })
    }
  }
  return [...requests.values()]
}
