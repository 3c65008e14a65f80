import { afterEach, describe, expect, it } from 'vitest'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../../testing/postgresTestSchema'
import { startTcpRelay } from '../../testing/startTcpRelay'
import { StoreUnavailableError } from '../StoreUnavailableError'
import { migrations } from './migrations'
import { openPostgresDatabase, PostgresStartError } from './openPostgresDatabase'
import { PostgresDocumentStore } from './PostgresDocumentStore'

const schemas: string[] = []
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  await Promise.all(schemas.splice(0).map(dropTestSchema))
})

function schemaForTest(): string {
  const schema = createTestSchemaName()
  schemas.push(schema)
  return schema
}

/** The test database's URL, pointed at `port` on 127.0.0.1. */
function viaPort(port: number): string {
  const url = new URL(testDatabaseUrl)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return url.toString()
}

describe('openPostgresDatabase', () => {
  it('migrates once when several processes start together', async () => {
    const schema = schemaForTest()
    const opened = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresDatabase(testDatabaseUrl, { schema })),
    )
    cleanups.push(async () => {
      await Promise.all(opened.map((db) => db.close()))
    })
    const applied = await opened[0]!.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    )
    expect(applied.map(({ version }) => version)).toEqual(migrations.map(({ version }) => version))
  })

  it('refuses to start on a schema newer than the code, saying so', async () => {
    const schema = schemaForTest()
    const db = await openPostgresDatabase(testDatabaseUrl, { schema })
    await db.query(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')",
    )
    await db.close()
    const reopening = openPostgresDatabase(testDatabaseUrl, { schema })
    await expect(reopening).rejects.toBeInstanceOf(PostgresStartError)
    await expect(reopening).rejects.toThrow(/version 999, newer than this server knows/)
  })

  it('refuses to start when the database cannot be reached, naming it without its password', async () => {
    const relay = await startTcpRelay(
      new URL(testDatabaseUrl).port ? Number(new URL(testDatabaseUrl).port) : 5432,
    )
    relay.cut()
    cleanups.push(() => relay.close())
    const url = new URL(viaPort(relay.port))
    url.password = 'secret-password'
    const opening = openPostgresDatabase(url.toString(), {
      schema: schemaForTest(),
      connectionTimeoutMs: 2_000,
    })
    await expect(opening).rejects.toBeInstanceOf(PostgresStartError)
    await expect(opening).rejects.toThrow(/Cannot reach the PostgreSQL database/)
    await expect(opening).rejects.not.toThrow(/secret-password/)
  })

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(
      openPostgresDatabase(testDatabaseUrl, { schema: 'x; DROP TABLE documents' }),
    ).rejects.toBeInstanceOf(PostgresStartError)
  })

  it('answers StoreUnavailableError while the database is away, and works again once it is back', async () => {
    const relay = await startTcpRelay(Number(new URL(testDatabaseUrl).port || 5432))
    cleanups.push(() => relay.close())
    const idleErrors: Error[] = []
    const db = await openPostgresDatabase(viaPort(relay.port), {
      schema: schemaForTest(),
      connectionTimeoutMs: 1_000,
      onIdleError: (error) => idleErrors.push(error),
    })
    const store = new PostgresDocumentStore(db)
    cleanups.push(() => store.close())
    await store.createDocument({ id: 'a', title: 'A' })

    relay.cut()
    await expect(store.getDocument('a')).rejects.toBeInstanceOf(StoreUnavailableError)
    await expect(store.appendUpdates('a', [new Uint8Array([0, 0])])).rejects.toBeInstanceOf(
      StoreUnavailableError,
    )
    expect(await db.isReachable()).toBe(false)

    relay.restore()
    expect(await db.isReachable()).toBe(true)
    expect(await store.getDocument('a')).toMatchObject({ title: 'A' })
  })
})
