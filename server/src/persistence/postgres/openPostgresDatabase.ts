import pg from 'pg'
import { StoreUnavailableError } from '../StoreUnavailableError'
import { migrations as allMigrations, type PostgresMigration } from './migrations'

export interface PostgresOptions {
  /** Connections the pool may hold at once (MINUTES_DATABASE_POOL_SIZE). */
  poolSize?: number
  /** A schema of its own (created when missing) instead of the user's search path: for tests. */
  schema?: string
  /** How long to wait for a connection before answering "unavailable". */
  connectionTimeoutMs?: number
  /** Idle connections are closed after this long. */
  idleTimeoutMs?: number
  /** Told of errors on idle connections, which would otherwise end the process. */
  onIdleError?: (error: Error) => void
  /** For tests of the "newer than the code" refusal. */
  migrations?: readonly PostgresMigration[]
}

/** What the stores run queries through: the pool, or one transaction's connection. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>
}

/** The server cannot start on this database; the message says what to do. */
export class PostgresStartError extends Error {
  override name = 'PostgresStartError'
}

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * One connection pool shared by the PostgreSQL stores. Every failure to reach the database
 * becomes a StoreUnavailableError, so that callers answer "try again" instead of crashing.
 */
export class PostgresDatabase implements Queryable {
  constructor(
    private readonly pool: pg.Pool,
    readonly schema: string | undefined,
  ) {}

  async query<Row extends object = Record<string, unknown>>(
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(sql, [...params])).rows
    } catch (error) {
      throw asUnavailable(error)
    }
  }

  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. A connection that broke on the way is discarded, not returned to the pool.
   */
  async transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw asUnavailable(error)
    })
    const queryable: Queryable = {
      query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
        (await client.query<Row>(sql, [...params])).rows,
    }
    let broken: Error | undefined
    try {
      await client.query('BEGIN')
      const result = await work(queryable)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError
      })
      throw asUnavailable(error)
    } finally {
      client.release(broken)
    }
  }

  /**
   * Runs `work` while holding a session-level advisory lock named `name` (per schema), so that
   * processes starting together do it one at a time: migrations, seeding the demo.
   */
  async exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch((error: unknown) => {
      throw asUnavailable(error)
    })
    const key = `minutes:${this.schema ?? ''}:${name}`
    let broken: Error | undefined
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [key])
      try {
        return await work()
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch((error) => {
          broken = error as Error
        })
      }
    } catch (error) {
      throw asUnavailable(error)
    } finally {
      client.release(broken)
    }
  }

  /** Whether the database answers now: for /healthz and /readyz. */
  async isReachable(): Promise<boolean> {
    try {
      await this.query('SELECT 1')
      return true
    } catch {
      return false
    }
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}

/**
 * Connects, creates or migrates the schema under an advisory lock (so that processes starting
 * together migrate once), and refuses with a PostgresStartError when the database cannot be
 * reached or was migrated by newer code.
 */
export async function openPostgresDatabase(
  url: string,
  options: PostgresOptions = {},
): Promise<PostgresDatabase> {
  const { schema } = options
  if (schema !== undefined && !schemaPattern.test(schema)) {
    throw new PostgresStartError(`"${schema}" is not a plain lower-case schema name.`)
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
    // A query stuck behind a lock or a dead network ends instead of holding its connection.
    statement_timeout: 30_000,
    // The same bound on the client's side, for a database behind a silent network partition.
    query_timeout: 35_000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  })
  pool.on('error', (error) => options.onIdleError?.(error))
  const db = new PostgresDatabase(pool, schema)
  try {
    await db.exclusively('migrations', async () => {
      // Under the lock too: CREATE SCHEMA IF NOT EXISTS is not safe against itself.
      if (schema !== undefined) await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
      await migrate(db, options.migrations ?? allMigrations)
    })
  } catch (error) {
    await pool.end().catch(() => undefined)
    if (error instanceof PostgresStartError) throw error
    throw new PostgresStartError(
      error instanceof StoreUnavailableError
        ? `Cannot reach the PostgreSQL database at ${redact(url)}: ${describe(error)}. Check DATABASE_URL and that the database is running.`
        : `Could not prepare the PostgreSQL database at ${redact(url)}: ${describe(error)}.`,
      { cause: error },
    )
  }
  return db
}

async function migrate(db: PostgresDatabase, migrations: readonly PostgresMigration[]) {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
  const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations')
  const applied = new Set(rows.map(({ version }) => version))
  const known = Math.max(0, ...migrations.map(({ version }) => version))
  const newest = Math.max(0, ...applied)
  if (newest > known) {
    throw new PostgresStartError(
      `The database schema is at version ${newest}, newer than this server knows (${known}). Run the newer server, or restore a backup made for this one.`,
    )
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue
    await db.transaction(async (client) => {
      await client.query(migration.sql)
      await client.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, new Date().toISOString()],
      )
    })
  }
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '53300',
])

/** Errors that say "the database is not there" become StoreUnavailableError; others pass. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || !(error instanceof Error)) return error
  const code = (error as { code?: unknown }).code
  const isUnreachable =
    (typeof code === 'string' && (unreachableCodes.has(code) || code.startsWith('08'))) ||
    /Connection terminated|timeout exceeded when trying to connect|connection error|Query read timeout|Cannot use a pool after calling end/i.test(
      error.message,
    )
  return isUnreachable ? new StoreUnavailableError({ cause: error }) : error
}

function describe(error: unknown): string {
  const cause = error instanceof StoreUnavailableError ? error.cause : error
  if (cause instanceof AggregateError && cause.errors[0] instanceof Error) {
    return cause.errors[0].message
  }
  return cause instanceof Error ? cause.message || cause.name : String(cause)
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an unparseable DATABASE_URL)'
  }
}
