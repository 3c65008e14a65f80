import type { Role } from '@minutes/permissions'

export interface Account {
  id: string
  name: string
  /** Trimmed and lower-cased: one address, one account. */
  email: string
  passwordHash: string
  createdAt: string
}

export interface NewAccount {
  name: string
  email: string
  passwordHash: string
}

/** A signed-in browser: either a secretariat account or one invitation (one document). */
export type Session = {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  tokenHash: string
  expiresAt: string
} & (
  | { accountId: string; invitationId?: undefined }
  | { invitationId: string; accountId?: undefined }
)

export interface Invitation {
  id: string
  documentId: string
  role: Role
  /** For speakers: the person id in the document's register. */
  speakerId?: string
  /** Who the link is for, as the secretariat wrote it ("Dr Jo Hart"). */
  name?: string
  tokenHash: string
  /** An account id, or "admin" / "cli" for automation. */
  createdBy: string
  createdAt: string
  expiresAt: string
  revokedAt?: string
}

export type NewInvitation = Omit<Invitation, 'id' | 'createdAt' | 'revokedAt'>

export interface SetupToken {
  tokenHash: string
  expiresAt: string
}

/**
 * Accounts, sessions, invitations and first-start setup tokens. Asynchronous like
 * DocumentStore so that a networked store fits behind it. Tokens arrive here already hashed.
 */
export interface AuthStore {
  countAccounts(): Promise<number>
  /** Refuses a taken email with EmailTakenError; once an account exists, setup tokens are void. */
  createAccount(account: NewAccount): Promise<Account>
  /**
   * Creates the first account in one step with spending the setup token, so that two people
   * racing with one link cannot both get in. Refuses with SetupRefusedError.
   */
  createFirstAccount(account: NewAccount, setupTokenHash: string, now: Date): Promise<Account>
  getAccount(id: string): Promise<Account | undefined>
  /** Case and surrounding spaces do not matter. */
  findAccountByEmail(email: string): Promise<Account | undefined>

  createSession(session: Session): Promise<void>
  findSession(tokenHash: string): Promise<Session | undefined>
  deleteSession(tokenHash: string): Promise<void>
  /** Returns how many were removed. */
  deleteExpiredSessions(now: Date): Promise<number>

  createInvitation(invitation: NewInvitation): Promise<Invitation>
  getInvitation(id: string): Promise<Invitation | undefined>
  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | undefined>
  /** Newest first, revoked and expired ones included. */
  listInvitations(documentId: string): Promise<Invitation[]>
  /** Marks it revoked (the first time only) and ends its sessions; undefined when unknown. */
  revokeInvitation(id: string, now: Date): Promise<Invitation | undefined>

  createSetupToken(token: SetupToken): Promise<void>
}

export class EmailTakenError extends Error {
  override name = 'EmailTakenError'
  constructor(readonly email: string) {
    super(`There is already an account for ${email}.`)
  }
}

export class SetupRefusedError extends Error {
  override name = 'SetupRefusedError'
  constructor(readonly reason: 'account-exists' | 'invalid-token') {
    super(
      reason === 'account-exists'
        ? 'The first account has already been created. Sign in instead.'
        : 'This setup link is not valid or has expired. Restart the server to print a new one.',
    )
  }
}

/** The form emails are stored and looked up in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}
