import { afterEach } from 'vitest'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../../testing/postgresTestSchema'
import { describeSearchIndex } from '../searchIndexContract'
import { openPostgresDatabase, type PostgresDatabase } from './openPostgresDatabase'
import { PostgresSearchIndex } from './PostgresSearchIndex'

const opened: { db: PostgresDatabase; schema: string }[] = []
afterEach(async () => {
  for (const { db, schema } of opened.splice(0)) {
    await db.close()
    await dropTestSchema(schema)
  }
})

describeSearchIndex('PostgresSearchIndex', async () => {
  const schema = createTestSchemaName()
  const db = await openPostgresDatabase(testDatabaseUrl, { schema })
  opened.push({ db, schema })
  return new PostgresSearchIndex(db)
})
