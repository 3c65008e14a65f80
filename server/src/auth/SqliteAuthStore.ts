import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { type Migration, migrate } from '../persistence/openSqliteDatabase'
import {
  type Account,
  type AuthStore,
  EmailTakenError,
  type Invitation,
  type NewAccount,
  type NewInvitation,
  normalizeEmail,
  type Session,
  SetupRefusedError,
  type SetupToken,
} from './AuthStore'
import {
  type AccountRow,
  type InvitationRow,
  type SessionRow,
  toAccount,
  toInvitation,
  toSession,
} from './authRows'

const migrations: Migration[] = [
  {
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
     revoked_at TEXT
   );
   CREATE INDEX invitations_by_document ON invitations (document_id, created_at);
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
     invitation_id TEXT REFERENCES invitations (id) ON DELETE CASCADE,
     expires_at TEXT NOT NULL,
     CHECK ((account_id IS NULL) <> (invitation_id IS NULL))
   ) WITHOUT ROWID;
   CREATE INDEX sessions_by_invitation ON sessions (invitation_id);
   CREATE TABLE setup_tokens (
     token_hash TEXT PRIMARY KEY,
     expires_at TEXT NOT NULL
   ) WITHOUT ROWID;`,
  },
]

/** Accounts, sessions and invitations in the SQLite file the document store also uses. */
export class SqliteAuthStore implements AuthStore {
  /** Takes a database from openSqliteDatabase; whoever opened it closes it. */
  constructor(private readonly db: Database.Database) {
    migrate(db, migrations)
  }

  async countAccounts(): Promise<number> {
    return this.countAccountsNow()
  }

  async createAccount(account: NewAccount): Promise<Account> {
    return this.db.transaction(() => this.insertAccount(account))()
  }

  async createFirstAccount(
    account: NewAccount,
    setupTokenHash: string,
    now: Date,
  ): Promise<Account> {
    return this.db.transaction(() => {
      if (this.countAccountsNow() > 0) throw new SetupRefusedError('account-exists')
      const token = this.db
        .prepare('SELECT expires_at FROM setup_tokens WHERE token_hash = ?')
        .get(setupTokenHash) as { expires_at: string } | undefined
      if (!token || token.expires_at <= now.toISOString()) {
        throw new SetupRefusedError('invalid-token')
      }
      return this.insertAccount(account)
    })()
  }

  async getAccount(id: string): Promise<Account | undefined> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as
      | AccountRow
      | undefined
    return row && toAccount(row)
  }

  async findAccountByEmail(email: string): Promise<Account | undefined> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE email = ?').get(normalizeEmail(email))
    return row ? toAccount(row as AccountRow) : undefined
  }

  async createSession(session: Session): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO sessions (token_hash, account_id, invitation_id, expires_at) VALUES (?, ?, ?, ?)',
      )
      .run(
        session.tokenHash,
        session.accountId ?? null,
        session.invitationId ?? null,
        session.expiresAt,
      )
  }

  async findSession(tokenHash: string): Promise<Session | undefined> {
    const row = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as
      | SessionRow
      | undefined
    if (!row) return undefined
    return toSession(row)
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash)
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString())
      .changes
  }

  async createInvitation(invitation: NewInvitation): Promise<Invitation> {
    const created: Invitation = {
      ...invitation,
      id: randomUUID(),
      createdAt: new Date().toISOString(),
    }
    this.db
      .prepare(
        `INSERT INTO invitations (id, document_id, role, speaker_id, name, token_hash, created_by,
           created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        created.id,
        created.documentId,
        created.role,
        created.speakerId ?? null,
        created.name ?? null,
        created.tokenHash,
        created.createdBy,
        created.createdAt,
        created.expiresAt,
      )
    return created
  }

  async getInvitation(id: string): Promise<Invitation | undefined> {
    return this.findInvitation('id', id)
  }

  async findInvitationByTokenHash(tokenHash: string): Promise<Invitation | undefined> {
    return this.findInvitation('token_hash', tokenHash)
  }

  async listInvitations(documentId: string): Promise<Invitation[]> {
    const rows = this.db
      .prepare(
        'SELECT * FROM invitations WHERE document_id = ? ORDER BY created_at DESC, rowid DESC',
      )
      .all(documentId) as InvitationRow[]
    return rows.map(toInvitation)
  }

  async revokeInvitation(id: string, now: Date): Promise<Invitation | undefined> {
    return this.db.transaction(() => {
      this.db
        .prepare('UPDATE invitations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(now.toISOString(), id)
      this.db.prepare('DELETE FROM sessions WHERE invitation_id = ?').run(id)
      const row = this.db.prepare('SELECT * FROM invitations WHERE id = ?').get(id)
      return row ? toInvitation(row as InvitationRow) : undefined
    })()
  }

  async createSetupToken({ tokenHash, expiresAt }: SetupToken): Promise<void> {
    this.db
      .prepare('INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)')
      .run(tokenHash, expiresAt)
  }

  private countAccountsNow(): number {
    return (this.db.prepare('SELECT COUNT(*) AS count FROM accounts').get() as { count: number })
      .count
  }

  /** Inside a transaction: the account, and the end of every setup token. */
  private insertAccount({ name, email, passwordHash }: NewAccount): Account {
    const account: Account = {
      id: randomUUID(),
      name,
      email: normalizeEmail(email),
      passwordHash,
      createdAt: new Date().toISOString(),
    }
    try {
      this.db
        .prepare(
          'INSERT INTO accounts (id, name, email, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(account.id, account.name, account.email, account.passwordHash, account.createdAt)
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailTakenError(account.email)
      throw error
    }
    this.db.prepare('DELETE FROM setup_tokens').run()
    return account
  }

  private findInvitation(column: 'id' | 'token_hash', value: string): Invitation | undefined {
    const row = this.db.prepare(`SELECT * FROM invitations WHERE ${column} = ?`).get(value)
    return row ? toInvitation(row as InvitationRow) : undefined
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  )
}
