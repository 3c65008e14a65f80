import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { describeDocumentStore } from './documentStoreContract'
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
})
