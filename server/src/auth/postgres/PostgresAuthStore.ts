import { randomUUID } from 'node:crypto'
import type { PostgresDatabase, Queryable } from '../../persistence/postgres/openPostgresDatabase'
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
} from '../AuthStore'
import {
  type AccountRow,
  type InvitationRow,
  type SessionRow,
  toAccount,
  toInvitation,
  toSession,
} from '../authRows'

/**
 * Accounts, sessions and invitations in the PostgreSQL database the document store also uses
 * (its tables are created by openPostgresDatabase's migrations).
 */
export class PostgresAuthStore implements AuthStore {
  /** Takes a database from openPostgresDatabase; whoever opened it closes it. */
  constructor(private readonly db: PostgresDatabase) {}

  async countAccounts(): Promise<number> {
    return countAccounts(this.db)
  }

  async createAccount(account: NewAccount): Promise<Account> {
    return this.db.transaction((client) => insertAccount(client, account))
  }

  async createFirstAccount(
    account: NewAccount,
    setupTokenHash: string,
    now: Date,
  ): Promise<Account> {
    return this.db.transaction(async (client) => {
      // Two processes racing with two setup links must not both create a "first" account.
      await client.query('LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE')
      if ((await countAccounts(client)) > 0) throw new SetupRefusedError('account-exists')
      const [token] = await client.query<{ expires_at: string }>(
        'SELECT expires_at FROM setup_tokens WHERE token_hash = $1',
        [setupTokenHash],
      )
      if (!token || token.expires_at <= now.toISOString()) {
        throw new SetupRefusedError('invalid-token')
      }
      return insertAccount(client, account)
    })
  }

  async getAccount(id: string): Promise<Account | undefined> {
    const [row] = await this.db.query<AccountRow>('SELECT * FROM accounts WHERE id = $1', [id])
    return row && toAccount(row)
  }

  async findAccountByEmail(email: string): Promise<Account | undefined> {
    const [row] = await this.db.query<AccountRow>('SELECT * FROM accounts WHERE email = $1', [
      normalizeEmail(email),
    ])
    return row && toAccount(row)
  }

  async createSession(session: Session): Promise<void> {
    await this.db.query(
      'INSERT INTO sessions (token_hash, account_id, invitation_id, expires_at) VALUES ($1, $2, $3, $4)',
      [
        session.tokenHash,
        session.accountId ?? null,
        session.invitationId ?? null,
        session.expiresAt,
      ],
    )
  }

  async findSession(tokenHash: string): Promise<Session | undefined> {
    const [row] = await this.db.query<SessionRow>('SELECT * FROM sessions WHERE token_hash = $1', [
      tokenHash,
    ])
    if (!row) return undefined
    return toSession(row)
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const rows = await this.db.query(
      'DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash',
      [now.toISOString()],
    )
    return rows.length
  }

  async createInvitation(invitation: NewInvitation): Promise<Invitation> {
    const created: Invitation = {
      ...invitation,
      id: randomUUID(),
      createdAt: new Date().toISOString(),
    }
    await this.db.query(
      `INSERT INTO invitations (id, document_id, role, speaker_id, name, token_hash, created_by,
         created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        created.id,
        created.documentId,
        created.role,
        created.speakerId ?? null,
        created.name ?? null,
        created.tokenHash,
        created.createdBy,
        created.createdAt,
        created.expiresAt,
      ],
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
    const rows = await this.db.query<InvitationRow>(
      'SELECT * FROM invitations WHERE document_id = $1 ORDER BY created_at DESC, position DESC',
      [documentId],
    )
    return rows.map(toInvitation)
  }

  async revokeInvitation(id: string, now: Date): Promise<Invitation | undefined> {
    return this.db.transaction(async (client) => {
      await client.query(
        'UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
        [now.toISOString(), id],
      )
      await client.query('DELETE FROM sessions WHERE invitation_id = $1', [id])
      const [row] = await client.query<InvitationRow>('SELECT * FROM invitations WHERE id = $1', [
        id,
      ])
      return row && toInvitation(row)
    })
  }

  async createSetupToken({ tokenHash, expiresAt }: SetupToken): Promise<void> {
    await this.db.query('INSERT INTO setup_tokens (token_hash, expires_at) VALUES ($1, $2)', [
      tokenHash,
      expiresAt,
    ])
  }

  private async findInvitation(
    column: 'id' | 'token_hash',
    value: string,
  ): Promise<Invitation | undefined> {
    const [row] = await this.db.query<InvitationRow>(
      `SELECT * FROM invitations WHERE ${column} = $1`,
      [value],
    )
    return row && toInvitation(row)
  }
}

async function countAccounts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: string }>('SELECT COUNT(*) AS count FROM accounts')
  return Number(row?.count ?? 0)
}

/** Inside a transaction: the account, and the end of every setup token. */
async function insertAccount(
  client: Queryable,
  { name, email, passwordHash }: NewAccount,
): Promise<Account> {
  const account: Account = {
    id: randomUUID(),
    name,
    email: normalizeEmail(email),
    passwordHash,
    createdAt: new Date().toISOString(),
  }
  const inserted = await client.query(
    `INSERT INTO accounts (id, name, email, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [account.id, account.name, account.email, account.passwordHash, account.createdAt],
  )
  if (inserted.length === 0) throw new EmailTakenError(account.email)
  await client.query('DELETE FROM setup_tokens')
  return account
}
