import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

export interface Migration {
  /** Unique and never renamed: applied migrations are recorded by name. */
  name: string
  sql: string
}

/** Opens the one SQLite file every embedded store shares; `:memory:` works for tests. */
export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // NORMAL keeps every committed transaction across a process crash (kill -9); only a power
  // cut can lose the last few, which FULL would guard at an fsync per batch of keystrokes.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.exec('CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)')
  return db
}

/** Applies, in order and each in its own transaction, the migrations not yet applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const applied = new Set(
    (db.prepare('SELECT name FROM migrations').all() as { name: string }[]).map(({ name }) => name),
  )
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(
        migration.name,
        new Date().toISOString(),
      )
    })()
  }
}
