import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** The machine's and CI's PostgreSQL (trust authentication); MINUTES_TEST_DATABASE_URL overrides it. */
export const testDatabaseUrl =
  process.env.MINUTES_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A fresh schema name per test, so tests never see each other's rows. */
export function createTestSchemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`
}

/** Drops a test's schema and everything in it. */
export async function dropTestSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  } finally {
    await client.end()
  }
}
