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
import { accessFromQuery } from './sendUpdateAs'

/** The machine's and CI's Redis; MINUTES_TEST_REDIS_URL overrides it. */
export const testRedisUrl = process.env.MINUTES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

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
}: {
  databaseUrl: string
  schema: string
  redisUrl?: string
  keyPrefix: string
}): Promise<ClusterServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cluster-'))
  const config = {
    ...loadConfig({ DATABASE_URL: databaseUrl, MINUTES_DATABASE_SCHEMA: schema }),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: false,
  }
  const { store, authStore, searchIndex, health } = await openStores(config, silentLogger)
  const fanout = await RedisFanout.connect({ url: redisUrl, keyPrefix, logger: silentLogger })
  const server = await startServer(config, {
    store,
    authStore,
    searchIndex,
    auth: { publicUrl: 'http://localhost', adminToken: 'unused-admin-token-of-32-characters!' },
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
