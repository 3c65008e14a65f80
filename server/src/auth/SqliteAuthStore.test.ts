import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { describeAuthStore } from './authStoreContract'
import { SqliteAuthStore } from './SqliteAuthStore'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-auth-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

let count = 0
describeAuthStore('SqliteAuthStore', async () => {
  const db = openSqliteDatabase(path.join(folder, `auth-${++count}.sqlite`))
  return {
    store: new SqliteAuthStore(db),
    async close() {
      db.close()
    },
  }
})

describe('SqliteAuthStore on disk', () => {
  it('shares one file with the document store and keeps accounts when reopened', async () => {
    const file = path.join(folder, 'shared.sqlite')
    const first = openSqliteDatabase(file)
    const documents = new SqliteDocumentStore(first)
    await new SqliteAuthStore(first).createAccount({
      name: 'Ana Lopez',
      email: 'ana@example.org',
      passwordHash: 'hash',
    })
    await documents.createDocument({ id: 'doc-1', title: 'Board' })
    await documents.close()

    const second = openSqliteDatabase(file)
    const auth = new SqliteAuthStore(second)
    expect(await auth.findAccountByEmail('ana@example.org')).toMatchObject({ name: 'Ana Lopez' })
    expect(await new SqliteDocumentStore(second).getDocument('doc-1')).toBeDefined()
    const applied = second.prepare('SELECT name FROM migrations').all()
    expect(applied).toContainEqual({ name: 'auth' })
    expect(applied).toContainEqual({ name: 'documents' })
    second.close()
  })
})
