import { openSqliteDatabase } from './openSqliteDatabase'
import { SqliteSearchIndex } from './SqliteSearchIndex'
import { describeSearchIndex } from './searchIndexContract'

// An in-memory database per test, freed with the index.
describeSearchIndex(
  'SqliteSearchIndex',
  async () => new SqliteSearchIndex(openSqliteDatabase(':memory:')),
)
