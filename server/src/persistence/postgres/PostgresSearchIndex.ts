import type {
  SearchBlock,
  SearchBlockChanges,
  SearchIndex,
  SearchMatch,
  SearchRequest,
} from '../SearchIndex'
import { foldForSearch } from '../searchTerms'
import type { PostgresDatabase, Queryable } from './openPostgresDatabase'

interface BlockRow {
  document_id: string
  block_id: string
  kind: string
  speaker_id: string | null
  speaker_name: string | null
  text: string
}

/** PostgreSQL's own full-text search (a tsvector per block, GIN-indexed) in the shared database. */
export class PostgresSearchIndex implements SearchIndex {
  /** Takes a database from openPostgresDatabase; the document store closes it. */
  constructor(private readonly db: PostgresDatabase) {}

  async loadBlocks(documentId: string): Promise<SearchBlock[]> {
    const rows = await this.db.query<BlockRow>(
      'SELECT document_id, block_id, kind, speaker_id, speaker_name, text FROM search_blocks WHERE document_id = $1',
      [documentId],
    )
    return rows.map(toBlock)
  }

  async writeBlocks(documentId: string, changes: SearchBlockChanges): Promise<void> {
    if (changes.put.length === 0 && changes.remove.length === 0) return
    await this.db.transaction((client) => write(client, documentId, changes))
  }

  async replaceBlocks(documentId: string, blocks: SearchBlock[]): Promise<void> {
    await this.db.transaction(async (client) => {
      await client.query('DELETE FROM search_blocks WHERE document_id = $1', [documentId])
      await write(client, documentId, { put: blocks, remove: [] })
    })
  }

  async listIndexedDocuments(): Promise<Set<string>> {
    const rows = await this.db.query<{ document_id: string }>(
      'SELECT DISTINCT document_id FROM search_blocks',
    )
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
    // Terms hold letters and digits only: quoted, each is one prefix lexeme and never an operator.
    const query = terms.map((term) => `'${term}':*`).join(' & ')
    const rows = await this.db.query<BlockRow>(
      `SELECT document_id, block_id, kind, speaker_id, speaker_name, text
       FROM search_blocks, to_tsquery('simple', $1) AS query
       WHERE words @@ query
         AND document_id = ANY ($2::text[])
         AND ($3::text IS NULL OR kind = $3)
         AND ($4::text IS NULL OR speaker_id = $4 OR speaker_key = $5)
       ORDER BY ts_rank_cd(words, query) DESC, document_id, block_id
       LIMIT $6`,
      [
        query,
        [...documentIds],
        kind ?? null,
        speaker ?? null,
        speaker === undefined ? null : foldForSearch(speaker),
        limit,
      ],
    )
    return rows.map((row) => ({ ...toBlock(row), documentId: row.document_id }))
  }

  /** The document store owns the shared pool and closes it. */
  async close(): Promise<void> {}
}

async function write(
  client: Queryable,
  documentId: string,
  { put, remove }: SearchBlockChanges,
): Promise<void> {
  if (remove.length > 0) {
    await client.query(
      'DELETE FROM search_blocks WHERE document_id = $1 AND block_id = ANY ($2::text[])',
      [documentId, remove],
    )
  }
  if (put.length === 0) return
  await client.query(
    `INSERT INTO search_blocks
       (document_id, block_id, kind, speaker_id, speaker_name, speaker_key, text, folded_text)
     SELECT $1, block.*
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS block (block_id, kind, speaker_id, speaker_name, speaker_key, text, folded_text)
     ON CONFLICT (document_id, block_id) DO UPDATE SET kind = excluded.kind,
       speaker_id = excluded.speaker_id, speaker_name = excluded.speaker_name,
       speaker_key = excluded.speaker_key, text = excluded.text, folded_text = excluded.folded_text`,
    [
      documentId,
      put.map((block) => block.blockId),
      put.map((block) => block.kind),
      put.map((block) => block.speakerId),
      put.map((block) => block.speakerName),
      put.map((block) => (block.speakerName === null ? null : foldForSearch(block.speakerName))),
      put.map((block) => block.text),
      put.map((block) => foldForSearch(block.text)),
    ],
  )
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
