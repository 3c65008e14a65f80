export interface PostgresMigration {
  /** Applied in increasing order, each once; never renumbered. */
  version: number
  name: string
  sql: string
}

/**
 * The whole PostgreSQL schema, documents and accounts alike: one database has one version, so
 * "the database is newer than this code" is one comparison. Times are ISO 8601 text, as in
 * SQLite, so both stores order and answer identically.
 */
export const migrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'documents',
    sql: `CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      approved_by TEXT,
      approved_at TEXT,
      published_by TEXT,
      published_at TEXT
    );
    CREATE TABLE document_updates (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      seq BIGINT NOT NULL,
      data BYTEA NOT NULL,
      PRIMARY KEY (document_id, seq)
    );
    CREATE TABLE document_client_ids (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      client_id BIGINT NOT NULL,
      principal_id TEXT,
      PRIMARY KEY (document_id, client_id)
    );`,
  },
  {
    version: 2,
    name: 'auth',
    sql: `CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT NOT NULL UNIQUE,
      password_hash TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE invitations (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('secretariat', 'reviewer', 'speaker')),
      speaker_id TEXT,
      name TEXT,
      token_hash TEXT NOT NULL UNIQUE,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      revoked_at TEXT,
      -- Orders invitations created in the same millisecond, as SQLite's rowid does.
      position BIGSERIAL NOT NULL
    );
    CREATE INDEX invitations_by_document ON invitations (document_id, created_at);
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
      invitation_id TEXT REFERENCES invitations (id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL,
      CHECK ((account_id IS NULL) <> (invitation_id IS NULL))
    );
    CREATE INDEX sessions_by_invitation ON sessions (invitation_id);
    CREATE TABLE setup_tokens (
      token_hash TEXT PRIMARY KEY,
      expires_at TEXT NOT NULL
    );`,
  },
  {
    version: 3,
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
      snapshot BYTEA NOT NULL,
      deletions BYTEA NOT NULL,
      position BIGSERIAL NOT NULL,
      PRIMARY KEY (document_id, id)
    );
    CREATE TABLE document_audit (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor_id TEXT,
      actor_name TEXT NOT NULL,
      kind TEXT NOT NULL,
      detail TEXT NOT NULL,
      position BIGSERIAL NOT NULL
    );
    CREATE INDEX document_audit_by_document ON document_audit (document_id, position);`,
  },
  {
    version: 4,
    name: 'search',
    // The text and the speaker's name are folded (lower case, no accents) by the server before
    // they are written, so that PostgreSQL compares words and names as SQLite and memory do.
    sql: `CREATE TABLE search_blocks (
      document_id TEXT NOT NULL,
      block_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      speaker_id TEXT,
      speaker_name TEXT,
      speaker_key TEXT,
      text TEXT NOT NULL,
      folded_text TEXT NOT NULL,
      words TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', folded_text)) STORED,
      PRIMARY KEY (document_id, block_id)
    );
    CREATE INDEX search_blocks_words ON search_blocks USING GIN (words);`,
  },
  {
    version: 5,
    name: 'document-correction-decisions',
    sql: `CREATE TABLE document_corrections (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      correction_id TEXT NOT NULL,
      state TEXT NOT NULL,
      class TEXT,
      decided_by TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      correction TEXT NOT NULL,
      position BIGSERIAL NOT NULL,
      PRIMARY KEY (document_id, correction_id)
    );`,
  },
  {
    version: 6,
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
    );`,
  },
]
