import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface ServerConfig {
  port: number
  host: string
  /** Folder for the SQLite database and anything else the server keeps. */
  dataDir: string
  /** The built web client; served when present. */
  clientDir: string
  /** Frames above this size close their connection before anything is decoded. */
  maxMessageBytes: number
  /**
   * A connection whose unsent backlog passes this is dropped (1008): a reader too slow to keep
   * up costs the server this much memory at most, never the whole stream of the document.
   */
  maxBufferedBytes: number
  /** How long a document stays in memory after its last client leaves. */
  unloadDelayMs: number
  /** The update log of a document is merged into one state when it grows past this. */
  compactAfterUpdates: number
  /** At most one automatic version this far apart while people edit. */
  checkpointIntervalMs: number
  /** How long after a change the search index takes in the blocks it changed. */
  searchIndexDelayMs: number
  /** Whether to create the demo document when the store holds none. */
  seedDemo: boolean
  /** Open connections (HTTP and websocket) one address may hold at once; 0 for no limit. */
  maxConnectionsPerAddress: number
  /** A connection that has not sent all its request headers within this long is closed. */
  headersTimeoutMs: number
  /** A connection that has not sent its whole request (body included) within this long. */
  requestTimeoutMs: number
  /** An idle kept-alive connection between requests. */
  keepAliveTimeoutMs: number
  /** A websocket must be authorised and have sent its first message within this long. */
  websocketOpeningTimeoutMs: number
  /**
   * On shutdown, requests in flight and websocket close handshakes get this long; then every
   * connection left is cut, so that a stop never waits on a peer.
   */
  shutdownGraceMs: number
  /** PostgreSQL instead of the embedded SQLite file when set (DATABASE_URL). */
  databaseUrl: string | undefined
  /** A schema of its own in that database (created when missing); the user's search path if unset. */
  databaseSchema: string | undefined
  /** Connections each process keeps to PostgreSQL at most. */
  databasePoolSize: number
  /** Redis Streams fan-out between server processes when set (REDIS_URL). */
  redisUrl: string | undefined
  /** Prefix of every Redis key this server writes, so installations can share one Redis. */
  redisKeyPrefix: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: readInteger(env, 'PORT', 8787, 0, 65_535),
    host: env.HOST ?? 'localhost',
    dataDir: path.resolve(env.MINUTES_DATA_DIR ?? path.join(process.cwd(), 'data')),
    clientDir: path.resolve(env.MINUTES_CLIENT_DIR ?? path.join(repoRoot, 'client/dist')),
    maxMessageBytes: readInteger(env, 'MINUTES_MAX_MESSAGE_BYTES', 8 * 1024 * 1024, 1024, 2 ** 30),
    // Twice the largest message: a live client's backlog is a few kilobytes, a joining one's a
    // single large state, which is sent whatever the backlog before it.
    maxBufferedBytes: readInteger(
      env,
      'MINUTES_MAX_BUFFERED_BYTES',
      16 * 1024 * 1024,
      65_536,
      2 ** 30,
    ),
    unloadDelayMs: readInteger(env, 'MINUTES_UNLOAD_DELAY_MS', 30_000, 0, 24 * 3_600_000),
    compactAfterUpdates: readInteger(env, 'MINUTES_COMPACT_AFTER_UPDATES', 500, 2, 1_000_000),
    checkpointIntervalMs: readInteger(
      env,
      'MINUTES_CHECKPOINT_EVERY_MS',
      5 * 60_000,
      1_000,
      24 * 3_600_000,
    ),
    searchIndexDelayMs: readInteger(env, 'MINUTES_SEARCH_DELAY_MS', 2_000, 0, 600_000),
    seedDemo: env.MINUTES_DEMO !== 'off',
    maxConnectionsPerAddress: readInteger(env, 'MINUTES_CONNECTIONS_PER_IP', 64, 0, 1_000_000),
    headersTimeoutMs: 10_000,
    // A 5 MiB import must still arrive over a slow connection.
    requestTimeoutMs: 120_000,
    keepAliveTimeoutMs: 5_000,
    websocketOpeningTimeoutMs: 10_000,
    shutdownGraceMs: 3_000,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.MINUTES_DATABASE_SCHEMA || undefined,
    databasePoolSize: readInteger(env, 'MINUTES_DATABASE_POOL_SIZE', 10, 1, 1_000),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.MINUTES_REDIS_PREFIX || 'minutes:',
  }
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
  }
  return value
}
