import { type DocumentAccess, roleLabels } from '@minutes/permissions'
import { consoleLogger, type Logger } from '../logger'
import type { Account, AuthStore, Invitation } from './AuthStore'
import { createToken, hashToken, isSameToken } from './createToken'
import type { Principal } from './Principal'
import { pickColor } from './pickColor'
import { sessionCookieName } from './sessionCookieName'

/** What is read of a request: a fetch Request, or the parts of a websocket upgrade. */
export interface AuthRequest {
  headers: Headers
  /** Absolute, or a path with its query as Node's IncomingMessage has it. */
  url: string
}

export interface AuthenticatorOptions {
  store: AuthStore
  /** `MINUTES_ADMIN_TOKEN`: a secretariat bearer token on every document, for automation. */
  adminToken?: string
  /** How long an account stays signed in on one browser. */
  sessionDays?: number
  logger?: Logger
  now?: () => Date
}

export interface StartedSession {
  token: string
  expiresAt: Date
}

const dayMs = 24 * 3_600_000

/**
 * Turns a bearer token, a `?token=` or a session cookie into a Principal, and says what that
 * principal may do with one document. Roles come from here; the rules are in @minutes/permissions.
 */
export class Authenticator {
  private readonly store: AuthStore
  private readonly adminToken: string | undefined
  private readonly sessionMs: number
  private readonly logger: Logger
  private readonly now: () => Date
  private readonly revocationListeners = new Set<(invitationId: string) => void>()
  private readonly signOutListeners = new Set<(sessionId: string) => void>()

  constructor({ store, adminToken, sessionDays = 14, logger, now }: AuthenticatorOptions) {
    this.store = store
    this.adminToken = adminToken || undefined
    this.sessionMs = sessionDays * dayMs
    this.logger = logger ?? consoleLogger
    this.now = now ?? (() => new Date())
  }

  /**
   * In order: `Authorization: Bearer` (admin or invitation token), `?token=` (the same, for
   * websockets, which cannot set headers), then the session cookie. A token that is given
   * but not valid is refused outright rather than falling back to the cookie.
   */
  async authenticate(request: AuthRequest): Promise<Principal | undefined> {
    const authorization = request.headers.get('authorization')
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
    if (bearer !== undefined) return this.authenticateToken(bearer)

    // Websocket clients cannot set headers: stock y-websocket providers pass `params: { token }`.
    const queryToken = new URL(request.url, 'http://localhost').searchParams.get('token')
    if (queryToken !== null) return this.authenticateToken(queryToken)

    const sessionToken = readCookie(request.headers.get('cookie'), sessionCookieName)
    if (sessionToken !== undefined) return this.authenticateSession(sessionToken)
    return undefined
  }
  /** The admin token, or an invitation's. */
  private authenticateToken(token: string): Promise<Principal | undefined> {
    if (this.adminToken !== undefined && isSameToken(token, this.adminToken)) {
      return Promise.resolve({
        id: 'admin',
        name: 'Automation',
        color: pickColor('admin'),
        kind: 'admin',
      })
    }
    return this.authenticateInvitationToken(token)
  }

  /** Accounts and admin are secretariat everywhere; an invitation only on its own document. */
  async accessTo(principal: Principal, documentId: string): Promise<DocumentAccess | undefined> {
    if (principal.kind !== 'invitation') return { role: 'secretariat' }
    if (principal.documentId !== documentId) return undefined
    // Read again: the principal may have been established before a revocation.
    const invitation = await this.store.getInvitation(principal.invitationId)
    if (!invitation || !this.isActive(invitation) || invitation.documentId !== documentId) {
      return undefined
    }
    return invitation.speakerId === undefined
      ? { role: invitation.role }
      : { role: invitation.role, speakerId: invitation.speakerId }
  }

  principalOf(account: Account): Principal {
    return { id: account.id, name: account.name, color: pickColor(account.id), kind: 'account' }
  }

  /** Who an invitation's holder is, named as the secretariat wrote it or after its role. */
  principalOfInvitation(invitation: Invitation): Principal {
    return principalOfInvitation(invitation)
  }

  /** Whether an invitation still opens its document now. */
  isActive(invitation: Invitation): boolean {
    return invitation.revokedAt === undefined && new Date(invitation.expiresAt) > this.now()
  }

  /** A new signed-in browser; an invitation's session ends when the invitation does. */
  async startSession(
    subject: { account: Account } | { invitation: Invitation },
  ): Promise<StartedSession> {
    const token = createToken()
    const tokenHash = hashToken(token)
    if ('account' in subject) {
      const expiresAt = new Date(this.now().getTime() + this.sessionMs)
      await this.store.deleteExpiredSessions(this.now())
      await this.store.createSession({
        tokenHash,
        accountId: subject.account.id,
        expiresAt: expiresAt.toISOString(),
      })
      return { token, expiresAt }
    }
    const expiresAt = new Date(subject.invitation.expiresAt)
    await this.store.createSession({
      tokenHash,
      invitationId: subject.invitation.id,
      expiresAt: expiresAt.toISOString(),
    })
    return { token, expiresAt }
  }

  /**
   * Signs the request's browser out, and every listener (live connections) hears of it;
   * nothing happens when it was not signed in.
   */
  async endSession(request: AuthRequest): Promise<void> {
    const token = readCookie(request.headers.get('cookie'), sessionCookieName)
    if (token === undefined) return
    const sessionId = hashToken(token)
    await this.store.deleteSession(sessionId)
    this.tell(this.signOutListeners, sessionId, `the end of session ${sessionId.slice(0, 8)}`)
  }

  /** Revokes at once: its sessions end and every listener (live connections) hears of it. */
  async revokeInvitation(invitationId: string): Promise<Invitation | undefined> {
    const invitation = await this.store.revokeInvitation(invitationId, this.now())
    if (!invitation) return undefined
    this.tell(
      this.revocationListeners,
      invitationId,
      `the revocation of invitation ${invitationId}`,
    )
    return invitation
  }

  /** The sync layer closes the connections of a revoked invitation; returns the unsubscribe. */
  onInvitationRevoked(listener: (invitationId: string) => void): () => void {
    this.revocationListeners.add(listener)
    return () => this.revocationListeners.delete(listener)
  }

  /** The sync layer closes the connections of a browser that signed out; returns the unsubscribe. */
  onSignedOut(listener: (sessionId: string) => void): () => void {
    this.signOutListeners.add(listener)
    return () => this.signOutListeners.delete(listener)
  }

  private tell(listeners: Set<(id: string) => void>, id: string, event: string): void {
    for (const listener of listeners) {
      try {
        listener(id)
      } catch (error) {
        this.logger.error(`A listener failed on ${event}`, error)
      }
    }
  }

  private async authenticateInvitationToken(token: string): Promise<Principal | undefined> {
    const invitation = await this.store.findInvitationByTokenHash(hashToken(token))
    return invitation && this.isActive(invitation) ? principalOfInvitation(invitation) : undefined
  }

  private async authenticateSession(token: string): Promise<Principal | undefined> {
    const sessionId = hashToken(token)
    const session = await this.store.findSession(sessionId)
    if (!session || new Date(session.expiresAt) <= this.now()) return undefined
    const ofSession = { sessionId, expiresAt: session.expiresAt }
    if (session.accountId !== undefined) {
      const account = await this.store.getAccount(session.accountId)
      return account && { ...this.principalOf(account), ...ofSession }
    }
    const invitation = await this.store.getInvitation(session.invitationId)
    if (!invitation || !this.isActive(invitation)) return undefined
    const expiresAt =
      Date.parse(invitation.expiresAt) < Date.parse(session.expiresAt)
        ? invitation.expiresAt
        : session.expiresAt
    return { ...principalOfInvitation(invitation), sessionId, expiresAt }
  }
}

function principalOfInvitation(invitation: Invitation): Principal {
  return {
    id: invitation.id,
    name: invitation.name ?? roleLabels[invitation.role],
    color: pickColor(invitation.id),
    kind: 'invitation',
    invitationId: invitation.id,
    documentId: invitation.documentId,
    expiresAt: invitation.expiresAt,
  }
}

/** One cookie's value from a Cookie header; malformed escapes count as absent. */
function readCookie(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=')
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue
    try {
      return decodeURIComponent(pair.slice(separator + 1).trim())
    } catch {
      return undefined
    }
  }
  return undefined
}
