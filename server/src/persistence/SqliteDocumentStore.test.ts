import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { describeDocumentStore } from './documentStoreContract'
import { openSqliteDatabase } from './openSqliteDatabase'
import { SqliteDocumentStore } from './SqliteDocumentStore'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-sqlite-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

let count = 0
describeDocumentStore('SqliteDocumentStore', async () =>
  SqliteDocumentStore.open(path.join(folder, `store-${++count}.sqlite`)),
)

describe('SqliteDocumentStore on disk', () => {
  it('keeps documents and updates when reopened', async () => {
    const file = path.join(folder, 'reopen.sqlite')
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'kept')
    const first = SqliteDocumentStore.open(file)
    await first.createDocument({ id: 'a', title: 'A' })
    await first.appendUpdates('a', [Y.encodeStateAsUpdate(doc)])
    await first.close()

    const second = SqliteDocumentStore.open(file)
    const replayed = new Y.Doc()
    for (const update of await second.loadUpdates('a')) Y.applyUpdate(replayed, update)
    expect(replayed.getText('t').toString()).toBe('kept')
    expect(await second.getDocument('a')).toMatchObject({ title: 'A' })
    await second.close()
  })

  it('opens a file written before sign-offs were kept, with nobody signed for anything', async () => {
    const file = path.join(folder, 'before-sign-offs.sqlite')
    const older = openSqliteDatabase(file)
    older.exec(`CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft');
      CREATE TABLE document_updates (document_id TEXT NOT NULL, seq INTEGER NOT NULL,
      data BLOB NOT NULL, PRIMARY KEY (document_id, seq)) WITHOUT ROWID;
      CREATE TABLE document_client_ids (document_id TEXT NOT NULL, client_id INTEGER NOT NULL,
      principal_id TEXT, PRIMARY KEY (document_id, client_id)) WITHOUT ROWID;
      INSERT INTO migrations VALUES ('documents', 'x'), ('documents-status', 'x'),
        ('document-client-ids', 'x');
      INSERT INTO documents VALUES ('a', 'A', 'then', 'then', 'approved');`)
    older.close()

    const store = SqliteDocumentStore.open(file)
    expect(await store.getDocument('a')).toMatchObject({
      status: 'approved',
      approvedBy: null,
      approvedAt: null,
      publishedBy: null,
      publishedAt: null,
    })
    expect(await store.signOff('a', 'approved', 'Ada Clerk')).toMatchObject({
      approvedBy: 'Ada Clerk',
    })
    await store.close()
  })
})
