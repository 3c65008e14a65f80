import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Redis } from 'ioredis'
import { loadConfig } from '../config'
import { RedisFanout } from '../fanout/RedisFanout'
import { silentLogger } from '../logger'
import { openStores } from '../openStores'
import type { DocumentStore } from '../persistence/DocumentStore'
import { type RunningServer, startServer } from '../startServer'
import { createTestSchemaName, dropTestSchema, testDatabaseUrl } from './postgresTestSchema'
import { accessFromQuery } from './sendUpdateAs'

/** The machine's and CI's Redis; MINUTES_TEST_REDIS_URL overrides it. */
export const testRedisUrl = process.env.MINUTES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** The admin token every cluster process accepts, for a test's HTTP calls. */
export const clusterAdminToken = 'unused-admin-token-of-32-characters!'

export interface ClusterServer extends RunningServer {
  wsUrl: string
  store: DocumentStore
  fanout: RedisFanout
}

/**
 * One server process of a cluster, in this test's process: its own pool on the shared
 * PostgreSQL schema, its own Redis connections and process id, its own registry. Connections
 * say who they are with `?as=` (accessFromQuery).
 */
export async function startClusterServer({
  databaseUrl,
  schema,
  redisUrl = testRedisUrl,
  keyPrefix,
  wrapStore = (store) => store,
}: {
  databaseUrl: string
  schema: string
  redisUrl?: string
  keyPrefix: string
  /** A seam around the real store, as startTestServer has (to hold a load, say). */
  wrapStore?: (store: DocumentStore) => DocumentStore
}): Promise<ClusterServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cluster-'))
  const config = {
    ...loadConfig({ DATABASE_URL: databaseUrl, MINUTES_DATABASE_SCHEMA: schema }),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: false,
  }
  const stores = await openStores(config, silentLogger)
  const { authStore, searchIndex, health } = stores
  const store = wrapStore(stores.store)
  const fanout = await RedisFanout.connect({ url: redisUrl, keyPrefix, logger: silentLogger })
  const server = await startServer(config, {
    store,
    authStore,
    searchIndex,
    auth: { publicUrl: 'http://localhost', adminToken: clusterAdminToken },
    logger: silentLogger,
    authorizeConnection: accessFromQuery,
    health: [health],
    fanout,
  })
  return {
    ...server,
    store,
    fanout,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    async close() {
      await server.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Deletes every Redis key a test wrote under `keyPrefix`. */
export async function deleteRedisKeys(keyPrefix: string, redisUrl = testRedisUrl): Promise<void> {
  const redis = new Redis(redisUrl)
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500)
      cursor = next
      if (keys.length > 0) await redis.del(...keys)
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
}

/**
 * Two server processes on a fresh PostgreSQL schema and Redis key prefix; what removes them
 * (processes, schema, keys) is pushed onto `cleanups`, to run in reverse order.
 */
export async function startTwoProcessCluster(
  cleanups: (() => Promise<void> | void)[],
  wrapFirstStore?: (store: DocumentStore) => DocumentStore,
): Promise<[ClusterServer, ClusterServer]> {
  const schema = createTestSchemaName()
  const keyPrefix = `minutes-test:${schema}:`
  cleanups.push(
    () => dropTestSchema(schema),
    () => deleteRedisKeys(keyPrefix),
  )
  const servers = await Promise.all(
    [0, 1].map((index) =>
      startClusterServer({
        databaseUrl: testDatabaseUrl,
        schema,
        keyPrefix,
        ...(index === 0 && wrapFirstStore ? { wrapStore: wrapFirstStore } : {}),
      }),
    ),
  )
  for (const server of servers) cleanups.push(() => server.close())
  return servers as [ClusterServer, ClusterServer]
}

/** An HTTP call to one process with the admin token: its status and JSON answer. */
export async function callAsAdmin(
  server: ClusterServer,
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${clusterAdminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, json: (await response.json()) as unknown }
}
