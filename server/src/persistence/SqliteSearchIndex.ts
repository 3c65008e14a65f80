import type Database from 'better-sqlite3'
import { type Migration, migrate } from './openSqliteDatabase'
import type {
  SearchBlock,
  SearchBlockChanges,
  SearchIndex,
  SearchMatch,
  SearchRequest,
} from './SearchIndex'
import { foldForSearch } from './searchTerms'

interface BlockRow {
  document_id: string
  block_id: string
  kind: string
  speaker_id: string | null
  speaker_name: string | null
  text: string
}

const migrations: Migration[] = [
  {
    name: 'search-blocks',
    // The blocks are an ordinary table, so one block is found and rewritten by its key; FTS5
    // indexes their text as external content, kept in step by the triggers.
    sql: `CREATE TABLE search_blocks (
     id INTEGER PRIMARY KEY,
     document_id TEXT NOT NULL,
     block_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     speaker_id TEXT,
     speaker_name TEXT,
     -- The name folded by the server (foldForSearch): SQLite's lower() knows ASCII only.
     speaker_key TEXT,
     text TEXT NOT NULL,
     UNIQUE (document_id, block_id)
   );
   CREATE VIRTUAL TABLE search_blocks_fts USING fts5(
     text, content = 'search_blocks', content_rowid = 'id',
     tokenize = 'unicode61 remove_diacritics 2'
   );
   CREATE TRIGGER search_blocks_inserted AFTER INSERT ON search_blocks BEGIN
     INSERT INTO search_blocks_fts (rowid, text) VALUES (new.id, new.text);
   END;
   CREATE TRIGGER search_blocks_deleted AFTER DELETE ON search_blocks BEGIN
     INSERT INTO search_blocks_fts (search_blocks_fts, rowid, text) VALUES ('delete', old.id, old.text);
   END;
   CREATE TRIGGER search_blocks_updated AFTER UPDATE ON search_blocks BEGIN
     INSERT INTO search_blocks_fts (search_blocks_fts, rowid, text) VALUES ('delete', old.id, old.text);
     INSERT INTO search_blocks_fts (rowid, text) VALUES (new.id, new.text);
   END;`,
  },
]

/** SQLite FTS5 over the blocks, in the database file the document store uses. */
export class SqliteSearchIndex implements SearchIndex {
  private readonly statements: {
    put: Database.Statement
    remove: Database.Statement
    removeDocument: Database.Statement
  }

  /** Takes a database from openSqliteDatabase; the document store closes it. */
  constructor(private readonly db: Database.Database) {
    migrate(db, migrations)
    this.statements = {
      put: db.prepare(
        `INSERT INTO search_blocks (document_id, block_id, kind, speaker_id, speaker_name, speaker_key, text)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_id, block_id) DO UPDATE SET kind = excluded.kind,
           speaker_id = excluded.speaker_id, speaker_name = excluded.speaker_name,
           speaker_key = excluded.speaker_key, text = excluded.text`,
      ),
      remove: db.prepare('DELETE FROM search_blocks WHERE document_id = ? AND block_id = ?'),
      removeDocument: db.prepare('DELETE FROM search_blocks WHERE document_id = ?'),
    }
  }

  async loadBlocks(documentId: string): Promise<SearchBlock[]> {
    const rows = this.db
      .prepare('SELECT * FROM search_blocks WHERE document_id = ?')
      .all(documentId) as BlockRow[]
    return rows.map(toBlock)
  }

  async writeBlocks(documentId: string, changes: SearchBlockChanges): Promise<void> {
    this.db.transaction(() => this.write(documentId, changes))()
  }

  async replaceBlocks(documentId: string, blocks: SearchBlock[]): Promise<void> {
    this.db.transaction(() => {
      this.statements.removeDocument.run(documentId)
      this.write(documentId, { put: blocks, remove: [] })
    })()
  }

  private write(documentId: string, { put, remove }: SearchBlockChanges): void {
    for (const blockId of remove) this.statements.remove.run(documentId, blockId)
    for (const block of put) {
      this.statements.put.run(
        documentId,
        block.blockId,
        block.kind,
        block.speakerId,
        block.speakerName,
        block.speakerName === null ? null : foldForSearch(block.speakerName),
        block.text,
      )
    }
  }

  async listIndexedDocuments(): Promise<Set<string>> {
    const rows = this.db.prepare('SELECT DISTINCT document_id FROM search_blocks').all() as {
      document_id: string
    }[]
    return new Set(rows.map((row) => row.document_id))
  }

  async search({
    terms,
    documentIds,
    kind,
    speaker,
    limit,
  }: SearchRequest): Promise<SearchMatch[]> {
    if (terms.length === 0 || documentIds.length === 0) return []
    // Terms hold letters and digits only, so quoting each makes it a plain prefix, never syntax.
    const match = terms.map((term) => `"${term}"*`).join(' ')
    const rows = this.db
      .prepare(
        `SELECT block.* FROM search_blocks_fts
         JOIN search_blocks AS block ON block.id = search_blocks_fts.rowid
         WHERE search_blocks_fts MATCH ?
           AND block.document_id IN (SELECT value FROM json_each(?))
           AND (? IS NULL OR block.kind = ?)
           AND (? IS NULL OR block.speaker_id = ? OR block.speaker_key = ?)
         ORDER BY bm25(search_blocks_fts), block.id
         LIMIT ?`,
      )
      .all(
        match,
        JSON.stringify(documentIds),
        kind ?? null,
        kind ?? null,
        speaker ?? null,
        speaker ?? null,
        speaker === undefined ? null : foldForSearch(speaker),
        limit,
      ) as BlockRow[]
    return rows.map((row) => ({ ...toBlock(row), documentId: row.document_id }))
  }

  /** The document store owns the shared database and closes it. */
  async close(): Promise<void> {}
}

function toBlock(row: BlockRow): SearchBlock {
  return {
    blockId: row.block_id,
    kind: row.kind,
    speakerId: row.speaker_id,
    speakerName: row.speaker_name,
    text: row.text,
  }
}
