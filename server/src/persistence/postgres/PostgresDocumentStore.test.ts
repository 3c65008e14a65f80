import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../../testing/postgresTestSchema'
import { describeDocumentStore } from '../documentStoreContract'
import { openPostgresDatabase } from './openPostgresDatabase'
import { PostgresDocumentStore } from './PostgresDocumentStore'

const schemas: string[] = []
afterEach(async () => {
  await Promise.all(schemas.splice(0).map(dropTestSchema))
})

/** A store on a schema of its own; a second call with the same schema is another process. */
async function openStore(schema = createTestSchemaName()): Promise<PostgresDocumentStore> {
  if (!schemas.includes(schema)) schemas.push(schema)
  return new PostgresDocumentStore(await openPostgresDatabase(testDatabaseUrl, { schema }))
}

describeDocumentStore('PostgresDocumentStore', () => openStore())

describe('PostgresDocumentStore, two processes on one database', () => {
  const replay = (updates: Uint8Array[]) => {
    const doc = new Y.Doc()
    for (const update of updates) Y.applyUpdate(doc, update)
    return doc
  }
  const edits = (clientId: number, count: number) => {
    const doc = new Y.Doc()
    doc.clientID = clientId
    return Array.from({ length: count }, (_, index) => {
      const before = Y.encodeStateVector(doc)
      doc.getArray<string>('a').push([`${clientId}:${index}`])
      return Y.encodeStateAsUpdate(doc, before)
    })
  }

  it('keeps every update when two stores append to one document at once', async () => {
    const schema = createTestSchemaName()
    const [first, second] = [await openStore(schema), await openStore(schema)]
    try {
      await first.createDocument({ id: 'a', title: 'A' })
      const fromFirst = edits(1, 40)
      const fromSecond = edits(2, 40)
      await Promise.all([
        ...fromFirst.map((update) => first.appendUpdates('a', [update])),
        ...fromSecond.map((update, index) =>
          second.appendUpdates('a', [update], [{ clientId: 2, principalId: `p${index % 2}` }]),
        ),
      ])
      const updates = await first.loadUpdates('a')
      expect(updates).toHaveLength(80)
      expect(replay(updates).getArray('a').length).toBe(80)
      // Only the first claim of client 2 is kept, whichever process made it.
      expect(await second.loadClientIds('a')).toHaveLength(1)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })

  it('loses nothing when one store compacts while the other appends', async () => {
    const schema = createTestSchemaName()
    const [writer, compactor] = [await openStore(schema), await openStore(schema)]
    try {
      await writer.createDocument({ id: 'a', title: 'A' })
      const updates = edits(3, 60)
      await Promise.all([
        (async () => {
          for (const update of updates) await writer.appendUpdates('a', [update])
        })(),
        (async () => {
          for (let round = 0; round < 15; round++) {
            await compactor.compactUpdates('a', Y.mergeUpdates)
            await new Promise((resolve) => setTimeout(resolve, 2))
          }
        })(),
      ])
      const doc = replay(await compactor.loadUpdates('a'))
      expect(doc.getArray('a').toArray()).toEqual(
        Array.from({ length: 60 }, (_, index) => `3:${index}`),
      )
      expect(await compactor.compactUpdates('a', Y.mergeUpdates)).toBe(1)
      expect(replay(await writer.loadUpdates('a')).getArray('a').length).toBe(60)
    } finally {
      await Promise.all([writer.close(), compactor.close()])
    }
  })
})
