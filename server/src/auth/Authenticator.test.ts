import { beforeEach, describe, expect, it } from 'vitest'
import type { Logger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { Authenticator } from './Authenticator'
import type { Account } from './AuthStore'
import { createInvitation, type InvitationInput } from './createInvitation'
import { hashToken } from './createToken'
import { pickColor } from './pickColor'
import { SqliteAuthStore } from './SqliteAuthStore'
import { sessionCookieName } from './sessionCookieName'

const adminToken = 'admin-token-for-tests-0123456789abcdef'
const day = 24 * 3_600_000

let store: SqliteAuthStore
let clock: Date
let authenticator: Authenticator
let ana: Account

beforeEach(async () => {
  store = new SqliteAuthStore(openSqliteDatabase(':memory:'))
  clock = new Date('2030-01-01T12:00:00.000Z')
  authenticator = new Authenticator({ store, adminToken, now: () => clock })
  ana = await store.createAccount({
    name: 'Ana Lopez',
    email: 'ana@example.org',
    passwordHash: 'x',
  })
})

const request = (url: string, headers: Record<string, string> = {}) => ({
  url,
  headers: new Headers(headers),
})
const bearer = (token: string) => request('/api/docs/doc-1', { authorization: `Bearer ${token}` })
const withCookie = (token: string) =>
  request('/api/docs/doc-1', { cookie: `theme=dark; ${sessionCookieName}=${token}` })

async function invite(documentId: string, input: InvitationInput = { role: 'reviewer' }) {
  return createInvitation(
    store,
    { documentId, createdBy: ana.id, publicUrl: 'http://minutes.test', now: clock },
    input,
  )
}

describe('Authenticator', () => {
  it('takes the admin token as a bearer token, secretariat on every document', async () => {
    const principal = await authenticator.authenticate(bearer(adminToken))
    expect(principal).toEqual({
      id: 'admin',
      name: 'Automation',
      color: pickColor('admin'),
      kind: 'admin',
    })
    expect(await authenticator.accessTo(principal!, 'any-document')).toEqual({
      role: 'secretariat',
    })
    expect(await authenticator.authenticate(bearer(`${adminToken}x`))).toBeUndefined()
    // Stock y-websocket clients cannot set headers: the admin token works as ?token= too.
    expect(
      await authenticator.authenticate(request(`/sync/doc-1?token=${adminToken}`)),
    ).toMatchObject({
      kind: 'admin',
    })
    expect(await authenticator.authenticate(request(`/sync/doc-1?token=${adminToken}x`))).toBe(
      undefined,
    )
  })

  it('takes no admin token at all when none is configured', async () => {
    const withoutAdmin = new Authenticator({ store, adminToken: '' })
    expect(await withoutAdmin.authenticate(bearer(''))).toBeUndefined()
    expect(await withoutAdmin.authenticate(bearer('undefined'))).toBeUndefined()
  })

  it('takes an invitation token as a bearer or ?token=, for its own document only', async () => {
    const { token, invitation } = await invite('doc-1', {
      role: 'speaker',
      speakerId: 'p-7',
      name: 'Dr Jo Hart',
    })
    const expected = {
      id: invitation.id,
      name: 'Dr Jo Hart',
      color: pickColor(invitation.id),
      kind: 'invitation',
      invitationId: invitation.id,
      documentId: 'doc-1',
      expiresAt: invitation.expiresAt,
    }
    expect(await authenticator.authenticate(bearer(token))).toEqual(expected)
    const principal = await authenticator.authenticate(request(`/sync/doc-1?token=${token}`))
    expect(principal).toEqual(expected)
    expect(await authenticator.accessTo(principal!, 'doc-1')).toEqual({
      role: 'speaker',
      speakerId: 'p-7',
    })
    expect(await authenticator.accessTo(principal!, 'doc-2')).toBeUndefined()
  })

  it('names an invitation without a name after its role', async () => {
    const { token } = await invite('doc-1', { role: 'reviewer' })
    expect(await authenticator.authenticate(bearer(token))).toMatchObject({ name: 'Reviewer' })
  })

  it('refuses an expired invitation, and one revoked after it was accepted', async () => {
    const { token, invitation } = await invite('doc-1', { role: 'reviewer', expiresInDays: 1 })
    const principal = await authenticator.authenticate(bearer(token))
    expect(principal).toBeDefined()

    await authenticator.revokeInvitation(invitation.id)
    expect(await authenticator.accessTo(principal!, 'doc-1')).toBeUndefined()
    expect(await authenticator.authenticate(bearer(token))).toBeUndefined()

    const other = await invite('doc-1', { role: 'reviewer', expiresInDays: 1 })
    clock = new Date(clock.getTime() + day)
    expect(await authenticator.authenticate(bearer(other.token))).toBeUndefined()
  })

  it('refuses a wrong token outright instead of falling back to the cookie', async () => {
    const session = await authenticator.startSession({ account: ana })
    const headers = {
      authorization: 'Bearer not-a-token',
      cookie: `${sessionCookieName}=${session.token}`,
    }
    expect(await authenticator.authenticate(request('/api/docs/doc-1', headers))).toBeUndefined()
    const query = request('/sync/doc-1?token=wrong', { cookie: headers.cookie })
    expect(await authenticator.authenticate(query)).toBeUndefined()
    expect(await authenticator.authenticate(request('/x', { authorization: 'Basic abc' }))).toBe(
      undefined,
    )
  })

  it('signs an account in with its session cookie until the session ends or expires', async () => {
    const session = await authenticator.startSession({ account: ana })
    expect(session.expiresAt).toEqual(new Date(clock.getTime() + 14 * day))
    const principal = await authenticator.authenticate(withCookie(session.token))
    expect(principal).toEqual({
      id: ana.id,
      name: 'Ana Lopez',
      color: pickColor(ana.id),
      kind: 'account',
      // What live connections need to end with the session: its expiry and its id.
      expiresAt: session.expiresAt.toISOString(),
      sessionId: hashToken(session.token),
    })
    expect(await authenticator.accessTo(principal!, 'doc-9')).toEqual({ role: 'secretariat' })

    await authenticator.endSession(withCookie(session.token))
    expect(await authenticator.authenticate(withCookie(session.token))).toBeUndefined()

    const later = await authenticator.startSession({ account: ana })
    clock = new Date(clock.getTime() + 14 * day)
    expect(await authenticator.authenticate(withCookie(later.token))).toBeUndefined()
    expect(await authenticator.authenticate(withCookie('made-up'))).toBeUndefined()
    expect(await authenticator.authenticate(request('/api/docs'))).toBeUndefined()
  })

  it('keeps an invitation session for as long as the invitation, and not past its revocation', async () => {
    const { invitation } = await invite('doc-1', { role: 'reviewer', expiresInDays: 3 })
    const session = await authenticator.startSession({ invitation })
    expect(session.expiresAt.toISOString()).toBe(invitation.expiresAt)
    const principal = await authenticator.authenticate(withCookie(session.token))
    expect(principal).toMatchObject({ kind: 'invitation', documentId: 'doc-1' })

    await authenticator.revokeInvitation(invitation.id)
    expect(await authenticator.authenticate(withCookie(session.token))).toBeUndefined()
  })

  it('tells listeners of a revocation at once, and stops when they unsubscribe', async () => {
    const errors: string[] = []
    const logger: Logger = { info() {}, warn() {}, error: (message) => errors.push(message) }
    authenticator = new Authenticator({ store, logger })
    const heard: string[] = []
    authenticator.onInvitationRevoked(() => {
      throw new Error('listener bug')
    })
    const unsubscribe = authenticator.onInvitationRevoked((id) => heard.push(id))

    const first = await invite('doc-1')
    await authenticator.revokeInvitation(first.invitation.id)
    expect(heard).toEqual([first.invitation.id])
    expect(errors).toHaveLength(1)

    unsubscribe()
    const second = await invite('doc-1')
    await authenticator.revokeInvitation(second.invitation.id)
    expect(heard).toEqual([first.invitation.id])
    expect(await authenticator.revokeInvitation('missing')).toBeUndefined()
  })

  it('tells listeners which session signed out', async () => {
    const heard: string[] = []
    authenticator.onSignedOut((sessionId) => heard.push(sessionId))
    const session = await authenticator.startSession({ account: ana })
    await authenticator.endSession(withCookie(session.token))
    await authenticator.endSession(request('/api/auth/sign-out'))
    expect(heard).toEqual([hashToken(session.token)])
  })
})
