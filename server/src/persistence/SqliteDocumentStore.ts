import type { WorkflowStatus } from '@minutes/permissions'
import type Database from 'better-sqlite3'
import type {
  AuditEvent,
  ClientIdBinding,
  CorrectionDecisionRecord,
  DocumentMeta,
  DocumentStore,
  MergeUpdates,
  NewDocument,
  RecommendationNote,
  Series,
  StoredVersion,
  VersionSpan,
  VersionSummary,
} from './DocumentStore'
import {
  DocumentNotFoundError,
  SeriesNotFoundError,
  type SignedStep,
  signOffsAt,
  unsigned,
} from './DocumentStore'
import {
  type AuditRow,
  type CorrectionRow,
  type DocumentRow,
  isEmptyNote,
  type RecommendationNoteRow,
  type SeriesRow,
  toAuditEvent,
  toCorrectionDecision,
  toMeta,
  toRecommendationNote,
  toSeries,
  toVersion,
  toVersionSummary,
  type VersionRow,
  type VersionSummaryRow,
  versionSummaryColumns,
} from './documentStoreRows'
import { type Migration, migrate, openSqliteDatabase } from './openSqliteDatabase'

const migrations: Migration[] = [
  {
    name: 'documents',
    sql: `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE document_updates (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     data BLOB NOT NULL,
     PRIMARY KEY (document_id, seq)
   ) WITHOUT ROWID;`,
  },
  {
    name: 'documents-status',
    sql: `ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'`,
  },
  {
    name: 'document-client-ids',
    sql: `CREATE TABLE document_client_ids (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     client_id INTEGER NOT NULL,
     principal_id TEXT,
     PRIMARY KEY (document_id, client_id)
   ) WITHOUT ROWID;`,
  },
  {
    name: 'documents-sign-offs',
    sql: `ALTER TABLE documents ADD COLUMN approved_by TEXT;
   ALTER TABLE documents ADD COLUMN approved_at TEXT;
   ALTER TABLE documents ADD COLUMN published_by TEXT;
   ALTER TABLE documents ADD COLUMN published_at TEXT;`,
  },
  {
    name: 'document-versions-and-audit',
    // In tables of their own: compacting the update log never touches them.
    sql: `CREATE TABLE document_versions (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     id TEXT NOT NULL,
     name TEXT,
     kind TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at TEXT NOT NULL,
     created_by TEXT,
     authors TEXT NOT NULL,
     snapshot BLOB NOT NULL,
     deletions BLOB NOT NULL,
     UNIQUE (document_id, id)
   );
   CREATE TABLE document_audit (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     at TEXT NOT NULL,
     actor_id TEXT,
     actor_name TEXT NOT NULL,
     kind TEXT NOT NULL,
     detail TEXT NOT NULL
   );
   CREATE INDEX document_audit_by_document ON document_audit (document_id);`,
  },
  {
    name: 'document-correction-decisions',
    sql: `CREATE TABLE document_corrections (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     correction_id TEXT NOT NULL,
     state TEXT NOT NULL,
     class TEXT,
     decided_by TEXT NOT NULL,
     decided_at TEXT NOT NULL,
     correction TEXT NOT NULL,
     UNIQUE (document_id, correction_id)
   );`,
  },
  {
    name: 'series',
    sql: `CREATE TABLE series (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   ALTER TABLE documents ADD COLUMN series_id TEXT REFERENCES series (id);
   CREATE INDEX documents_by_series ON documents (series_id);
   CREATE TABLE recommendation_notes (
     series_id TEXT NOT NULL REFERENCES series (id) ON DELETE CASCADE,
     document_id TEXT NOT NULL,
     block_id TEXT NOT NULL,
     themes TEXT NOT NULL,
     merged_into_document_id TEXT,
     merged_into_block_id TEXT,
     PRIMARY KEY (series_id, document_id, block_id)
   ) WITHOUT ROWID;`,
  },
]

/** The embedded default: one SQLite file in WAL mode holding every document's update log. */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database
  /** Prepared once: appends run for every batch of keystrokes. */
  private readonly statements: {
    touch: Database.Statement
    lastSeq: Database.Statement
    insertUpdate: Database.Statement
    bindClientId: Database.Statement
  }

  /**
   * Takes a database from openSqliteDatabase, which other stores may share; `beforeClose` ends
   * what else uses the file (the background checkpoints) before the database is closed.
   */
  constructor(
    db: Database.Database,
    private readonly beforeClose: () => Promise<void> = async () => {},
  ) {
    migrate(db, migrations)
    this.db = db
    this.statements = {
      touch: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      lastSeq: db.prepare(
        'SELECT COALESCE(MAX(seq), 0) AS seq FROM document_updates WHERE document_id = ?',
      ),
      insertUpdate: db.prepare(
        'INSERT INTO document_updates (document_id, seq, data) VALUES (?, ?, ?)',
      ),
      bindClientId: db.prepare(
        'INSERT OR IGNORE INTO document_client_ids (document_id, client_id, principal_id) VALUES (?, ?, ?)',
      ),
    }
  }

  /** Opens (and creates or migrates) a database of its own at `file`. */
  static open(file: string): SqliteDocumentStore {
    return new SqliteDocumentStore(openSqliteDatabase(file))
  }

  async createDocument({
    id,
    title,
    initialState,
    seriesId = null,
  }: NewDocument): Promise<DocumentMeta> {
    const now = new Date().toISOString()
    this.db.transaction(() => {
      if (seriesId !== null) this.requireSeries(seriesId)
      this.db
        .prepare(
          'INSERT INTO documents (id, title, created_at, updated_at, series_id) VALUES (?, ?, ?, ?, ?)',
        )
        .run(id, title, now, now, seriesId)
      if (initialState) {
        this.db
          .prepare('INSERT INTO document_updates (document_id, seq, data) VALUES (?, 1, ?)')
          .run(id, Buffer.from(initialState))
      }
    })()
    return { id, title, status: 'draft', createdAt: now, updatedAt: now, ...unsigned, seriesId }
  }

  async getDocument(id: string): Promise<DocumentMeta | undefined> {
    return this.readDocument(id)
  }

  private readDocument(id: string): DocumentMeta | undefined {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as
      | DocumentRow
      | undefined
    return row && toMeta(row)
  }

  async listDocuments(): Promise<DocumentMeta[]> {
    const rows = this.db
      .prepare('SELECT * FROM documents ORDER BY updated_at DESC, id')
      .all() as DocumentRow[]
    return rows.map(toMeta)
  }

  async renameDocument(id: string, title: string): Promise<DocumentMeta | undefined> {
    const now = new Date().toISOString()
    this.db
      .prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?')
      .run(title, now, id)
    return this.getDocument(id)
  }

  async setStatus(id: string, status: WorkflowStatus): Promise<DocumentMeta | undefined> {
    const now = new Date().toISOString()
    return this.db.transaction(() => {
      const meta = this.readDocument(id)
      if (!meta) return undefined
      const kept = signOffsAt(status, meta)
      this.db
        .prepare(
          `UPDATE documents SET status = ?, updated_at = ?, approved_by = ?, approved_at = ?,
           published_by = ?, published_at = ? WHERE id = ?`,
        )
        .run(status, now, kept.approvedBy, kept.approvedAt, kept.publishedBy, kept.publishedAt, id)
      return this.readDocument(id)
    })()
  }

  async signOff(id: string, step: SignedStep, by: string): Promise<DocumentMeta | undefined> {
    const now = new Date().toISOString()
    const sql =
      step === 'approved'
        ? 'UPDATE documents SET approved_by = ?, approved_at = ? WHERE id = ?'
        : 'UPDATE documents SET published_by = ?, published_at = ? WHERE id = ?'
    this.db.prepare(sql).run(by, now, id)
    return this.readDocument(id)
  }

  async appendUpdates(
    id: string,
    updates: Uint8Array[],
    clientIds: ClientIdBinding[] = [],
  ): Promise<void> {
    if (updates.length === 0 && clientIds.length === 0) return
    this.appendInTransaction(id, updates, clientIds)
  }

  private readonly appendInTransaction = (
    id: string,
    updates: Uint8Array[],
    clientIds: ClientIdBinding[],
  ): void => {
    this.db.transaction(() => {
      const touched = this.statements.touch.run(new Date().toISOString(), id)
      if (touched.changes === 0) throw new DocumentNotFoundError(id)
      let seq = (this.statements.lastSeq.get(id) as { seq: number }).seq
      for (const update of updates) this.statements.insertUpdate.run(id, ++seq, Buffer.from(update))
      for (const { clientId, principalId } of clientIds) {
        this.statements.bindClientId.run(id, clientId, principalId)
      }
    })()
  }

  async loadClientIds(id: string): Promise<ClientIdBinding[]> {
    const rows = this.db
      .prepare('SELECT client_id, principal_id FROM document_client_ids WHERE document_id = ?')
      .all(id) as { client_id: number; principal_id: string | null }[]
    return rows.map((row) => ({ clientId: row.client_id, principalId: row.principal_id }))
  }

  async loadUpdates(id: string): Promise<Uint8Array[]> {
    const rows = this.db
      .prepare('SELECT data FROM document_updates WHERE document_id = ? ORDER BY seq')
      .all(id) as { data: Buffer }[]
    return rows.map(({ data }) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
  }

  async compactUpdates(id: string, merge: MergeUpdates): Promise<number> {
    const rows = this.db
      .prepare('SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq')
      .all(id) as { seq: number; data: Buffer }[]
    const last = rows.at(-1)
    if (!last || rows.length === 1) return rows.length
    // Merged outside the transaction, so that appends go on meanwhile (after `last`).
    const merged = await merge(rows.map(({ data }) => new Uint8Array(data)))
    return this.db.transaction(() => {
      const { count } = this.db
        .prepare(
          'SELECT count(*) AS count FROM document_updates WHERE document_id = ? AND seq <= ?',
        )
        .get(id, last.seq) as { count: number }
      // Another compaction replaced what was read: its result stands.
      if (count === rows.length) {
        this.db
          .prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?')
          .run(id, last.seq)
        // The merged state keeps the last sequence number so later appends stay ordered after it.
        this.db
          .prepare('INSERT INTO document_updates (document_id, seq, data) VALUES (?, ?, ?)')
          .run(id, last.seq, asBuffer(merged))
      }
      const { length } = this.db
        .prepare('SELECT count(*) AS length FROM document_updates WHERE document_id = ?')
        .get(id) as { length: number }
      return length
    })()
  }

  async addVersion(version: StoredVersion): Promise<void> {
    if (!this.readDocument(version.documentId)) throw new DocumentNotFoundError(version.documentId)
    this.db
      .prepare(
        `INSERT INTO document_versions (document_id, id, name, kind, status, created_at, created_by,
         authors, snapshot, deletions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        version.documentId,
        version.id,
        version.name,
        version.kind,
        version.status,
        version.createdAt,
        version.createdBy,
        JSON.stringify(version.authors),
        Buffer.from(version.snapshot),
        Buffer.from(version.deletions),
      )
  }

  async listVersions(documentId: string, span?: VersionSpan): Promise<StoredVersion[]> {
    const rowidOf = (end: string) =>
      `(SELECT rowid FROM document_versions WHERE document_id = @documentId AND id = @${end})`
    const within = span
      ? ` AND rowid >= ${rowidOf('from')}${span.to === undefined ? '' : ` AND rowid <= ${rowidOf('to')}`}`
      : ''
    const rows = this.db
      .prepare(
        `SELECT * FROM document_versions WHERE document_id = @documentId${within} ORDER BY rowid`,
      )
      .all({ documentId, ...span }) as VersionRow[]
    return rows.map(toVersion)
  }

  async listVersionSummaries(documentId: string): Promise<VersionSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT ${versionSummaryColumns} FROM document_versions WHERE document_id = ? ORDER BY rowid`,
      )
      .all(documentId) as VersionSummaryRow[]
    return rows.map(toVersionSummary)
  }

  async getVersion(documentId: string, versionId: string): Promise<StoredVersion | undefined> {
    const row = this.db
      .prepare('SELECT * FROM document_versions WHERE document_id = ? AND id = ?')
      .get(documentId, versionId) as VersionRow | undefined
    return row && toVersion(row)
  }

  async createSeries({ id, title }: { id: string; title: string }): Promise<Series> {
    const createdAt = new Date().toISOString()
    this.db
      .prepare('INSERT INTO series (id, title, created_at) VALUES (?, ?, ?)')
      .run(id, title, createdAt)
    return { id, title, createdAt }
  }

  async getSeries(id: string): Promise<Series | undefined> {
    const row = this.db.prepare('SELECT * FROM series WHERE id = ?').get(id) as
      | SeriesRow
      | undefined
    return row && toSeries(row)
  }

  async listSeries(): Promise<Series[]> {
    const rows = this.db
      .prepare('SELECT * FROM series ORDER BY created_at, id')
      .all() as SeriesRow[]
    return rows.map(toSeries)
  }

  async setSeries(documentId: string, seriesId: string | null): Promise<DocumentMeta | undefined> {
    return this.db.transaction(() => {
      if (seriesId !== null) this.requireSeries(seriesId)
      this.db
        .prepare('UPDATE documents SET series_id = ?, updated_at = ? WHERE id = ?')
        .run(seriesId, new Date().toISOString(), documentId)
      return this.readDocument(documentId)
    })()
  }

  async listRecommendationNotes(seriesId: string): Promise<RecommendationNote[]> {
    this.requireSeries(seriesId)
    const rows = this.db
      .prepare('SELECT * FROM recommendation_notes WHERE series_id = ?')
      .all(seriesId) as RecommendationNoteRow[]
    return rows.map(toRecommendationNote)
  }

  async setRecommendationNote(seriesId: string, note: RecommendationNote): Promise<void> {
    this.db.transaction(() => {
      this.requireSeries(seriesId)
      if (isEmptyNote(note)) {
        this.db
          .prepare(
            'DELETE FROM recommendation_notes WHERE series_id = ? AND document_id = ? AND block_id = ?',
          )
          .run(seriesId, note.documentId, note.blockId)
        return
      }
      this.db
        .prepare(
          `INSERT INTO recommendation_notes (series_id, document_id, block_id, themes,
           merged_into_document_id, merged_into_block_id) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (series_id, document_id, block_id) DO UPDATE SET themes = excluded.themes,
           merged_into_document_id = excluded.merged_into_document_id,
           merged_into_block_id = excluded.merged_into_block_id`,
        )
        .run(
          seriesId,
          note.documentId,
          note.blockId,
          JSON.stringify(note.themes),
          note.mergedInto?.documentId ?? null,
          note.mergedInto?.blockId ?? null,
        )
    })()
  }

  private requireSeries(id: string): void {
    if (!this.db.prepare('SELECT 1 FROM series WHERE id = ?').get(id)) {
      throw new SeriesNotFoundError(id)
    }
  }

  async addAuditEvent(documentId: string, event: AuditEvent): Promise<void> {
    if (!this.readDocument(documentId)) throw new DocumentNotFoundError(documentId)
    this.db
      .prepare(
        'INSERT INTO document_audit (document_id, at, actor_id, actor_name, kind, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(documentId, event.at, event.actorId, event.actorName, event.kind, event.detail)
  }

  async listAuditEvents(documentId: string): Promise<AuditEvent[]> {
    const rows = this.db
      .prepare(
        'SELECT at, actor_id, actor_name, kind, detail FROM document_audit WHERE document_id = ? ORDER BY rowid',
      )
      .all(documentId) as AuditRow[]
    return rows.map(toAuditEvent)
  }

  async addCorrectionDecision(decision: CorrectionDecisionRecord): Promise<boolean> {
    if (!this.readDocument(decision.documentId)) {
      throw new DocumentNotFoundError(decision.documentId)
    }
    const { changes } = this.db
      .prepare(
        `INSERT INTO document_corrections (document_id, correction_id, state, class, decided_by,
         decided_at, correction) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(
        decision.documentId,
        decision.correctionId,
        decision.state,
        decision.class,
        decision.decidedBy,
        decision.decidedAt,
        decision.correction,
      )
    return changes === 1
  }

  async removeCorrectionDecision(documentId: string, correctionId: string): Promise<void> {
    this.db
      .prepare('DELETE FROM document_corrections WHERE document_id = ? AND correction_id = ?')
      .run(documentId, correctionId)
  }

  async listCorrectionDecisions(documentId: string): Promise<CorrectionDecisionRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM document_corrections WHERE document_id = ? ORDER BY rowid')
      .all(documentId) as CorrectionRow[]
    return rows.map(toCorrectionDecision)
  }

  async close(): Promise<void> {
    await this.beforeClose()
    this.db.close()
  }
}

/** Bytes as the buffer the driver takes, not copied (a merged state may be megabytes). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
