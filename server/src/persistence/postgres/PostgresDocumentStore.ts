import type { WorkflowStatus } from '@minutes/permissions'
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
} from '../DocumentStore'
import {
  DocumentNotFoundError,
  SeriesNotFoundError,
  type SignedStep,
  signOffsAt,
  unsigned,
} from '../DocumentStore'
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
} from '../documentStoreRows'
import type { PostgresDatabase, Queryable } from './openPostgresDatabase'

/**
 * Documents and their update logs in PostgreSQL, for several server processes sharing one
 * database. Appends and compaction lock the document's row, so two processes writing the same
 * document take turns and the log's sequence stays gapless and ordered.
 */
export class PostgresDocumentStore implements DocumentStore {
  /** Takes a database from openPostgresDatabase, which the auth store may share. */
  constructor(private readonly db: PostgresDatabase) {}

  async createDocument({
    id,
    title,
    initialState,
    seriesId = null,
  }: NewDocument): Promise<DocumentMeta> {
    const now = new Date().toISOString()
    await this.db.transaction(async (client) => {
      if (seriesId !== null) await requireSeries(client, seriesId)
      await client.query(
        'INSERT INTO documents (id, title, created_at, updated_at, series_id) VALUES ($1, $2, $3, $3, $4)',
        [id, title, now, seriesId],
      )
      if (initialState) {
        await client.query(
          'INSERT INTO document_updates (document_id, seq, data) VALUES ($1, 1, $2)',
          [id, Buffer.from(initialState)],
        )
      }
    })
    return { id, title, status: 'draft', createdAt: now, updatedAt: now, ...unsigned, seriesId }
  }

  async getDocument(id: string): Promise<DocumentMeta | undefined> {
    return readDocument(this.db, id)
  }

  async listDocuments(): Promise<DocumentMeta[]> {
    const rows = await this.db.query<DocumentRow>(
      'SELECT * FROM documents ORDER BY updated_at DESC, id',
    )
    return rows.map(toMeta)
  }

  async renameDocument(id: string, title: string): Promise<DocumentMeta | undefined> {
    const rows = await this.db.query<DocumentRow>(
      'UPDATE documents SET title = $1, updated_at = $2 WHERE id = $3 RETURNING *',
      [title, new Date().toISOString(), id],
    )
    return rows[0] && toMeta(rows[0])
  }

  async setStatus(id: string, status: WorkflowStatus): Promise<DocumentMeta | undefined> {
    const now = new Date().toISOString()
    return this.db.transaction(async (client) => {
      const meta = await readDocument(client, id, 'FOR UPDATE')
      if (!meta) return undefined
      const kept = signOffsAt(status, meta)
      const rows = await client.query<DocumentRow>(
        `UPDATE documents SET status = $1, updated_at = $2, approved_by = $3, approved_at = $4,
         published_by = $5, published_at = $6 WHERE id = $7 RETURNING *`,
        [status, now, kept.approvedBy, kept.approvedAt, kept.publishedBy, kept.publishedAt, id],
      )
      return rows[0] && toMeta(rows[0])
    })
  }

  async signOff(id: string, step: SignedStep, by: string): Promise<DocumentMeta | undefined> {
    const sql =
      step === 'approved'
        ? 'UPDATE documents SET approved_by = $1, approved_at = $2 WHERE id = $3 RETURNING *'
        : 'UPDATE documents SET published_by = $1, published_at = $2 WHERE id = $3 RETURNING *'
    const rows = await this.db.query<DocumentRow>(sql, [by, new Date().toISOString(), id])
    return rows[0] && toMeta(rows[0])
  }

  async appendUpdates(
    id: string,
    updates: Uint8Array[],
    clientIds: ClientIdBinding[] = [],
  ): Promise<void> {
    if (updates.length === 0 && clientIds.length === 0) return
    await this.db.transaction(async (client) => {
      // Touching the row locks it until commit: another process appending waits here.
      const touched = await client.query(
        'UPDATE documents SET updated_at = $1 WHERE id = $2 RETURNING id',
        [new Date().toISOString(), id],
      )
      if (touched.length === 0) throw new DocumentNotFoundError(id)
      if (updates.length > 0) {
        await client.query(
          `INSERT INTO document_updates (document_id, seq, data)
           SELECT $1, last.seq + item.ordinality, item.data
           FROM (SELECT COALESCE(MAX(seq), 0) AS seq FROM document_updates WHERE document_id = $1) last,
             unnest($2::bytea[]) WITH ORDINALITY AS item (data, ordinality)`,
          [id, updates.map((update) => Buffer.from(update))],
        )
      }
      if (clientIds.length > 0) {
        // In the same transaction as the updates: a binding never outlives a failed write.
        await client.query(
          `INSERT INTO document_client_ids (document_id, client_id, principal_id)
           SELECT $1, binding.client_id, binding.principal_id
           FROM unnest($2::bigint[], $3::text[]) AS binding (client_id, principal_id)
           ON CONFLICT DO NOTHING`,
          [id, clientIds.map(({ clientId }) => clientId), clientIds.map((b) => b.principalId)],
        )
      }
    })
  }

  async loadClientIds(id: string): Promise<ClientIdBinding[]> {
    const rows = await this.db.query<{ client_id: string; principal_id: string | null }>(
      'SELECT client_id, principal_id FROM document_client_ids WHERE document_id = $1',
      [id],
    )
    return rows.map((row) => ({ clientId: Number(row.client_id), principalId: row.principal_id }))
  }

  async loadUpdates(id: string): Promise<Uint8Array[]> {
    const rows = await this.db.query<{ data: Buffer }>(
      'SELECT data FROM document_updates WHERE document_id = $1 ORDER BY seq',
      [id],
    )
    return rows.map(({ data }) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
  }

  async compactUpdates(id: string, merge: MergeUpdates): Promise<number> {
    const rows = await this.db.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM document_updates WHERE document_id = $1 ORDER BY seq',
      [id],
    )
    const last = rows.at(-1)
    if (!last || rows.length === 1) return rows.length
    // Merged without the row lock: appends, from every process, go on meanwhile (after `last`).
    const merged = await merge(rows.map(({ data }) => new Uint8Array(data)))
    return this.db.transaction(async (client) => {
      // The row lock keeps other appends and compactions out while the log is replaced.
      if (!(await readDocument(client, id, 'FOR UPDATE'))) return 0
      const [before] = await client.query<{ count: string }>(
        'SELECT count(*) AS count FROM document_updates WHERE document_id = $1 AND seq <= $2',
        [id, last.seq],
      )
      // Another compaction replaced what was read: its result stands.
      if (Number(before?.count) === rows.length) {
        await client.query('DELETE FROM document_updates WHERE document_id = $1 AND seq <= $2', [
          id,
          last.seq,
        ])
        // The merged state keeps the last sequence number so later appends stay ordered after it.
        await client.query(
          'INSERT INTO document_updates (document_id, seq, data) VALUES ($1, $2, $3)',
          [id, last.seq, Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength)],
        )
      }
      const [after] = await client.query<{ count: string }>(
        'SELECT count(*) AS count FROM document_updates WHERE document_id = $1',
        [id],
      )
      return Number(after?.count)
    })
  }

  async addVersion(version: StoredVersion): Promise<void> {
    await this.db.transaction(async (client) => {
      if (!(await readDocument(client, version.documentId))) {
        throw new DocumentNotFoundError(version.documentId)
      }
      await client.query(
        `INSERT INTO document_versions (document_id, id, name, kind, status, created_at,
         created_by, authors, snapshot, deletions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
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
        ],
      )
    })
  }

  async listVersions(documentId: string, span?: VersionSpan): Promise<StoredVersion[]> {
    const positionOf = (parameter: string) =>
      `(SELECT position FROM document_versions WHERE document_id = $1 AND id = ${parameter})`
    const within = span
      ? ` AND position >= ${positionOf('$2')}${span.to === undefined ? '' : ` AND position <= ${positionOf('$3')}`}`
      : ''
    const ends = span ? [span.from, ...(span.to === undefined ? [] : [span.to])] : []
    const rows = await this.db.query<VersionRow>(
      `SELECT * FROM document_versions WHERE document_id = $1${within} ORDER BY position`,
      [documentId, ...ends],
    )
    return rows.map(toVersion)
  }

  async listVersionSummaries(documentId: string): Promise<VersionSummary[]> {
    const rows = await this.db.query<VersionSummaryRow>(
      `SELECT ${versionSummaryColumns} FROM document_versions WHERE document_id = $1 ORDER BY position`,
      [documentId],
    )
    return rows.map(toVersionSummary)
  }

  async getVersion(documentId: string, versionId: string): Promise<StoredVersion | undefined> {
    const rows = await this.db.query<VersionRow>(
      'SELECT * FROM document_versions WHERE document_id = $1 AND id = $2',
      [documentId, versionId],
    )
    return rows[0] && toVersion(rows[0])
  }

  async createSeries({ id, title }: { id: string; title: string }): Promise<Series> {
    const createdAt = new Date().toISOString()
    await this.db.query('INSERT INTO series (id, title, created_at) VALUES ($1, $2, $3)', [
      id,
      title,
      createdAt,
    ])
    return { id, title, createdAt }
  }

  async getSeries(id: string): Promise<Series | undefined> {
    const rows = await this.db.query<SeriesRow>('SELECT * FROM series WHERE id = $1', [id])
    return rows[0] && toSeries(rows[0])
  }

  async listSeries(): Promise<Series[]> {
    const rows = await this.db.query<SeriesRow>('SELECT * FROM series ORDER BY created_at, id')
    return rows.map(toSeries)
  }

  async setSeries(documentId: string, seriesId: string | null): Promise<DocumentMeta | undefined> {
    return this.db.transaction(async (client) => {
      if (seriesId !== null) await requireSeries(client, seriesId)
      const rows = await client.query<DocumentRow>(
        'UPDATE documents SET series_id = $1, updated_at = $2 WHERE id = $3 RETURNING *',
        [seriesId, new Date().toISOString(), documentId],
      )
      return rows[0] && toMeta(rows[0])
    })
  }

  async listRecommendationNotes(seriesId: string): Promise<RecommendationNote[]> {
    await requireSeries(this.db, seriesId)
    const rows = await this.db.query<RecommendationNoteRow>(
      'SELECT * FROM recommendation_notes WHERE series_id = $1',
      [seriesId],
    )
    return rows.map(toRecommendationNote)
  }

  async setRecommendationNote(seriesId: string, note: RecommendationNote): Promise<void> {
    await this.db.transaction(async (client) => {
      await requireSeries(client, seriesId)
      if (isEmptyNote(note)) {
        await client.query(
          'DELETE FROM recommendation_notes WHERE series_id = $1 AND document_id = $2 AND block_id = $3',
          [seriesId, note.documentId, note.blockId],
        )
        return
      }
      await client.query(
        `INSERT INTO recommendation_notes (series_id, document_id, block_id, themes,
         merged_into_document_id, merged_into_block_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (series_id, document_id, block_id) DO UPDATE SET themes = excluded.themes,
         merged_into_document_id = excluded.merged_into_document_id,
         merged_into_block_id = excluded.merged_into_block_id`,
        [
          seriesId,
          note.documentId,
          note.blockId,
          JSON.stringify(note.themes),
          note.mergedInto?.documentId ?? null,
          note.mergedInto?.blockId ?? null,
        ],
      )
    })
  }

  async addAuditEvent(documentId: string, event: AuditEvent): Promise<void> {
    await this.db.transaction(async (client) => {
      if (!(await readDocument(client, documentId))) throw new DocumentNotFoundError(documentId)
      await client.query(
        `INSERT INTO document_audit (document_id, at, actor_id, actor_name, kind, detail)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [documentId, event.at, event.actorId, event.actorName, event.kind, event.detail],
      )
    })
  }

  async listAuditEvents(documentId: string): Promise<AuditEvent[]> {
    const rows = await this.db.query<AuditRow>(
      `SELECT at, actor_id, actor_name, kind, detail FROM document_audit
       WHERE document_id = $1 ORDER BY position`,
      [documentId],
    )
    return rows.map(toAuditEvent)
  }

  async addCorrectionDecision(decision: CorrectionDecisionRecord): Promise<boolean> {
    return this.db.transaction(async (client) => {
      if (!(await readDocument(client, decision.documentId))) {
        throw new DocumentNotFoundError(decision.documentId)
      }
      const inserted = await client.query(
        `INSERT INTO document_corrections (document_id, correction_id, state, class, decided_by,
         decided_at, correction) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING RETURNING correction_id`,
        [
          decision.documentId,
          decision.correctionId,
          decision.state,
          decision.class,
          decision.decidedBy,
          decision.decidedAt,
          decision.correction,
        ],
      )
      return inserted.length === 1
    })
  }

  async removeCorrectionDecision(documentId: string, correctionId: string): Promise<void> {
    await this.db.query(
      'DELETE FROM document_corrections WHERE document_id = $1 AND correction_id = $2',
      [documentId, correctionId],
    )
  }

  async listCorrectionDecisions(documentId: string): Promise<CorrectionDecisionRecord[]> {
    const rows = await this.db.query<CorrectionRow>(
      'SELECT * FROM document_corrections WHERE document_id = $1 ORDER BY position',
      [documentId],
    )
    return rows.map(toCorrectionDecision)
  }

  /** Closes the shared pool, as SQLite's store closes its shared file: the server closes it last. */
  async close(): Promise<void> {
    await this.db.close()
  }
}

async function readDocument(
  db: Queryable,
  id: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<DocumentMeta | undefined> {
  const rows = await db.query<DocumentRow>(`SELECT * FROM documents WHERE id = $1 ${lock}`, [id])
  return rows[0] && toMeta(rows[0])
}

async function requireSeries(db: Queryable, id: string): Promise<void> {
  const rows = await db.query('SELECT 1 FROM series WHERE id = $1', [id])
  if (rows.length === 0) throw new SeriesNotFoundError(id)
}
