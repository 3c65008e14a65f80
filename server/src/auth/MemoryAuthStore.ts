import { randomUUID } from 'node:crypto'
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

/** For tests: the AuthStore contract, held in maps. */
export class MemoryAuthStore implements AuthStore {
  private readonly accounts = new Map<string, Account>()
  private readonly sessions = new Map<string, Session>()
  /** In creation order, so the newest-first listing is stable within one millisecond. */
  private readonly invitations = new Map<string, Invitation>()
  private readonly setupTokens = new Map<string, SetupToken>()

  async countAccounts(): Promise<number> {
    return this.accounts.size
  }

  async createAccount(account: NewAccount): Promise<Account> {
    return this.insertAccount(account)
  }

  async createFirstAccount(
    account: NewAccount,
    setupTokenHash: string,
    now: Date,
  ): Promise<Account> {
    if (this.accounts.size > 0) throw new SetupRefusedError('account-exists')
    const token = this.setupTokens.get(setupTokenHash)
    if (!token || token.expiresAt <= now.toISOString()) {
      throw new SetupRefusedError('invalid-token')
    }
    return this.insertAccount(account)
  }

  async getAccount(id: string): Promise<Account | undefined> {
    return copy(this.accounts.get(id))
  }

  async findAccountByEmail(email: string): Promise<Account | undefined> {
    const key = normalizeEmail(email)
    return copy([...this.accounts.values()].find((account) => account.email === key))
  }

  async createSession(session: Session): Promise<void> {
    if (this.sessions.has(session.tokenHash)) throw new Error('The session already exists.')
    this.sessions.set(session.tokenHash, { ...session })
  }

  async findSession(tokenHash: string): Promise<Session | undefined> {
    return copy(this.sessions.get(tokenHash))
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.sessions.delete(tokenHash)
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    const cutoff = now.toISOString()
    let count = 0
    for (const [tokenHash, session] of this.sessions) {
      if (session.expiresAt <= cutoff) {
        this.sessions.delete(tokenHash)
        count++
      }
    }
    return count
  }

  async createInvitation(invitation: NewInvitation): Promise<Invitation> {
    const created: Invitation = { ...invitation, id: randomUUID(), createdAt: now() }
    this.invitations.set(created.id, created)
    return { ...created }
  }

  async getInvitation(id: string): Promise<Invitation | undefined> {
    return copy(this.invitations.get(id))
  }

  async findInvitationByTokenHash(tokenHash: string): Promise<Invitation | undefined> {
    return copy(
      [...this.invitations.values()].find((invitation) => invitation.tokenHash === tokenHash),
    )
  }

  async listInvitations(documentId: string): Promise<Invitation[]> {
    return [...this.invitations.values()]
      .filter((invitation) => invitation.documentId === documentId)
      .reverse()
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((invitation) => ({ ...invitation }))
  }

  async revokeInvitation(id: string, at: Date): Promise<Invitation | undefined> {
    const invitation = this.invitations.get(id)
    if (!invitation) return undefined
    invitation.revokedAt ??= at.toISOString()
    for (const [tokenHash, session] of this.sessions) {
      if (session.invitationId === id) this.sessions.delete(tokenHash)
    }
    return { ...invitation }
  }

  async createSetupToken(token: SetupToken): Promise<void> {
    this.setupTokens.set(token.tokenHash, { ...token })
  }

  private insertAccount({ name, email, passwordHash }: NewAccount): Account {
    const key = normalizeEmail(email)
    if ([...this.accounts.values()].some((account) => account.email === key)) {
      throw new EmailTakenError(key)
    }
    const account: Account = { id: randomUUID(), name, email: key, passwordHash, createdAt: now() }
    this.accounts.set(account.id, account)
    this.setupTokens.clear()
    return { ...account }
  }
}

function now(): string {
  return new Date().toISOString()
}

/** Callers get copies, as they would from a database, so they cannot change what is stored. */
function copy<T extends object>(value: T | undefined): T | undefined {
  return value && { ...value }
}
