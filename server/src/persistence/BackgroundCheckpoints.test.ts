import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBackgroundCheckpoints } from './BackgroundCheckpoints'
import { openSqliteDatabase } from './openSqliteDatabase'

let dir: string
let file: string
let db: Database.Database

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'minutes-checkpoints-'))
  file = path.join(dir, 'minutes.sqlite')
  db = openSqliteDatabase(file)
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB NOT NULL)')
})

afterEach(() => {
  if (db.open) db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** One commit per row, as the server commits each batch of keystrokes. */
function writeRows(count: number): void {
  const insert = db.prepare('INSERT INTO rows (data) VALUES (?)')
  for (let index = 0; index < count; index++) insert.run(Buffer.alloc(200, index % 251))
}

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return check()
}

describe('startBackgroundCheckpoints', () => {
  it('copies the log into the database file from the worker, not from the writer', async () => {
    const checkpoints = startBackgroundCheckpoints(db, file, { everyMs: 20 })
    const before = statSync(file).size
    writeRows(2_000)
    // The writer's own threshold is far above these ~2,000 pages: only the worker moves them.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(20_000)
    expect(await eventually(() => statSync(file).size > before + 400_000)).toBe(true)
    await checkpoints.stop()
    expect(db.prepare('SELECT COUNT(*) AS n FROM rows').get()).toEqual({ n: 2_000 })
  })

  it('leaves the log in the write-ahead file while no worker runs (the control)', async () => {
    const checkpoints = startBackgroundCheckpoints(db, file, { everyMs: 20 })
    await checkpoints.stop()
    const before = statSync(file).size
    writeRows(2_000)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(statSync(file).size).toBe(before)
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(400_000)
  })

  it('closes its connection on stop, so closing the writer folds the log in and removes it', async () => {
    const checkpoints = startBackgroundCheckpoints(db, file, { everyMs: 20 })
    writeRows(50)
    await checkpoints.stop()
    db.close()
    // SQLite removes the write-ahead file only when the last connection to the file closes.
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('reports a file it cannot open and still stops', async () => {
    const errors: Error[] = []
    const checkpoints = startBackgroundCheckpoints(db, path.join(dir, 'missing.sqlite'), {
      onError: (error) => errors.push(error),
    })
    expect(await eventually(() => errors.length > 0)).toBe(true)
    expect(errors[0]?.message).toMatch(/does not exist|unable to open/i)
    await checkpoints.stop()
  })
})
