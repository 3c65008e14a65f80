import { afterEach, describe, expect, it } from 'vitest'
import { openPostgresDatabase } from '../../persistence/postgres/openPostgresDatabase'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../../testing/postgresTestSchema'
import { SetupRefusedError } from '../AuthStore'
import { describeAuthStore } from '../authStoreContract'
import { PostgresAuthStore } from './PostgresAuthStore'

const schemas: string[] = []
afterEach(async () => {
  await Promise.all(schemas.splice(0).map(dropTestSchema))
})

async function openStore(schema = createTestSchemaName()) {
  if (!schemas.includes(schema)) schemas.push(schema)
  const db = await openPostgresDatabase(testDatabaseUrl, { schema })
  return { store: new PostgresAuthStore(db), close: () => db.close() }
}

describeAuthStore('PostgresAuthStore', () => openStore())

describe('PostgresAuthStore, two processes on one database', () => {
  it('lets only one of two processes create the first account, whatever link each uses', async () => {
    const schema = createTestSchemaName()
    const [first, second] = [await openStore(schema), await openStore(schema)]
    try {
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString()
      await first.store.createSetupToken({ tokenHash: 'one', expiresAt })
      await second.store.createSetupToken({ tokenHash: 'two', expiresAt })
      const results = await Promise.allSettled([
        first.store.createFirstAccount(
          { name: 'A', email: 'a@example.org', passwordHash: 'x' },
          'one',
          new Date(),
        ),
        second.store.createFirstAccount(
          { name: 'B', email: 'b@example.org', passwordHash: 'x' },
          'two',
          new Date(),
        ),
      ])
      expect(results.filter(({ status }) => status === 'fulfilled')).toHaveLength(1)
      const refused = results.find((result) => result.status === 'rejected')
      expect(refused?.reason).toBeInstanceOf(SetupRefusedError)
      expect(await second.store.countAccounts()).toBe(1)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })
})
