import type Database from 'better-sqlite3'
import type { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Authenticator } from '../auth/Authenticator'
import { createInvitation } from '../auth/createInvitation'
import { registerAccount } from '../auth/registerAccount'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { silentLogger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { answerErrors } from './answerErrors'
import { inviteRoutes } from './inviteRoutes'
import type { AuthEnv } from './requireAccess'

const publicUrl = 'https://minutes.example.org'
const adminToken = 'admin-token-for-tests-0123456789abcdef'

let db: Database.Database
let store: SqliteAuthStore
let documents: SqliteDocumentStore
let authenticator: Authenticator
let app: Hono<AuthEnv>
let secretariat: Record<string, string>

beforeEach(async () => {
  db = openSqliteDatabase(':memory:')
  store = new SqliteAuthStore(db)
  documents = new SqliteDocumentStore(db)
  authenticator = new Authenticator({ store, adminToken, logger: silentLogger })
  app = inviteRoutes({ store, authenticator, documents, publicUrl }).onError(
    answerErrors(silentLogger),
  )
  await documents.createDocument({ id: 'doc-1', title: 'Committee, 3 March' })
  await documents.createDocument({ id: 'doc-2', title: 'Committee, 10 March' })
  const account = await registerAccount(store, {
    name: 'Ana Lopez',
    email: 'ana@example.org',
    password: 'a long passphrase',
  })
  const { token } = await authenticator.startSession({ account })
  secretariat = { cookie: `minutes_session=${token}` }
})
afterEach(() => db.close())

const invite = (documentId: string, body: unknown, headers = secretariat) =>
  app.request(`/api/docs/${documentId}/invites`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  })

interface CreatedBody {
  id: string
  token: string
  url: string
  expiresAt: string
}

async function inviteToken(documentId: string, body: unknown): Promise<CreatedBody> {
  const response = await invite(documentId, body)
  expect(response.status).toBe(201)
  return (await response.json()) as CreatedBody
}

describe('POST /api/docs/:id/invites', () => {
  it('gives the secretariat a link, shown once', async () => {
    const response = await invite('doc-1', {
      role: 'speaker',
      speakerId: 'p-7',
      name: 'Dr Jo Hart',
      expiresInDays: 7,
    })
    expect(response.status).toBe(201)
    const body = (await response.json()) as CreatedBody
    expect(body).toEqual({
      id: expect.any(String),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      url: `${publicUrl}/invite/${body.token}`,
      role: 'speaker',
      speakerId: 'p-7',
      name: 'Dr Jo Hart',
      createdBy: expect.any(String),
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
      revokedAt: null,
      status: 'active',
    })
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000
    expect(Math.round(days)).toBe(7)
  })

  it('takes the admin token for automation', async () => {
    const response = await invite(
      'doc-1',
      { role: 'reviewer' },
      {
        authorization: `Bearer ${adminToken}`,
      },
    )
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({ createdBy: 'admin', speakerId: null })
  })

  it('refuses input it cannot use, saying why', async () => {
    const response = await invite('doc-1', { role: 'reviewer', speakerId: 'p-7' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: 'Only a speaker invitation names a person (speakerId).',
    })
    expect((await invite('doc-1', { role: 'speaker' })).status).toBe(400)
    expect((await invite('doc-1', { role: 'reviewer', expiresInDays: 365 })).status).toBe(400)
    expect(await store.listInvitations('doc-1')).toEqual([])
  })

  it('is for signed-in secretariat accounts only, on documents that exist', async () => {
    const anonymous = await invite('doc-1', { role: 'reviewer' }, {})
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ error: expect.stringContaining('Sign in') })

    const { token } = await inviteToken('doc-1', { role: 'secretariat' })
    const byLink = await invite('doc-1', { role: 'reviewer' }, { authorization: `Bearer ${token}` })
    expect(byLink.status).toBe(403)

    const missing = await invite('no-such-doc', { role: 'reviewer' })
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'There is no document with id "no-such-doc".' })
  })

  it('refuses a request sent by a page of another site', async () => {
    const response = await invite(
      'doc-1',
      { role: 'reviewer' },
      {
        ...secretariat,
        origin: 'https://evil.example',
      },
    )
    expect(response.status).toBe(403)
    expect(await store.listInvitations('doc-1')).toEqual([])
  })
})

describe('GET /api/docs/:id/invites', () => {
  it("lists one document's invitations, newest first, without their tokens", async () => {
    const first = await inviteToken('doc-1', { role: 'reviewer' })
    await inviteToken('doc-2', { role: 'reviewer' })
    const second = await inviteToken('doc-1', { role: 'speaker', speakerId: 'p-7' })
    const response = await app.request('/api/docs/doc-1/invites', { headers: secretariat })
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toContain(first.token)
    expect(text).not.toContain('tokenHash')
    const list = JSON.parse(text) as { id: string; status: string }[]
    expect(list.map(({ id }) => id)).toEqual([second.id, first.id])
    expect(list.map(({ status }) => status)).toEqual(['active', 'active'])
  })

  it('is refused to the holder of a link, even a secretariat one', async () => {
    const { token } = await inviteToken('doc-1', { role: 'secretariat' })
    const response = await app.request('/api/docs/doc-1/invites', {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.status).toBe(403)
  })
})

describe('DELETE /api/docs/:id/invites/:inviteId', () => {
  it('revokes at once: listeners hear of it and the token opens nothing', async () => {
    const revoked: string[] = []
    authenticator.onInvitationRevoked((id) => revoked.push(id))
    const { id, token } = await inviteToken('doc-1', { role: 'reviewer' })

    const response = await app.request(`/api/docs/doc-1/invites/${id}`, {
      method: 'DELETE',
      headers: secretariat,
    })
    expect(response.status).toBe(204)
    expect(revoked).toEqual([id])
    const bearer = new Headers({ authorization: `Bearer ${token}` })
    expect(await authenticator.authenticate({ url: '/sync/doc-1', headers: bearer })).toBe(
      undefined,
    )
    const list = await app.request('/api/docs/doc-1/invites', { headers: secretariat })
    expect(await list.json()).toMatchObject([
      { id, status: 'revoked', revokedAt: expect.any(String) },
    ])
  })

  it('answers 404 for an unknown invitation, or one of another document', async () => {
    const { id } = await inviteToken('doc-2', { role: 'reviewer' })
    for (const path of ['/api/docs/doc-1/invites/unknown', `/api/docs/doc-1/invites/${id}`]) {
      const response = await app.request(path, { method: 'DELETE', headers: secretariat })
      expect(response.status).toBe(404)
    }
    expect(await store.getInvitation(id)).not.toHaveProperty('revokedAt')
  })
})

describe('GET /invite/:token', () => {
  it('signs the holder in for that document only, and sends them to it', async () => {
    const { token } = await inviteToken('doc-1', { role: 'reviewer', name: 'Sam Reviewer' })
    const response = await app.request(`/invite/${token}`)
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/d/doc-1')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).not.toContain(token)

    const cookie = /minutes_session=[^;]+/.exec(setCookie)?.[0] ?? ''
    const principal = await authenticator.authenticate({
      url: '/sync/doc-1',
      headers: new Headers({ cookie }),
    })
    expect(principal).toMatchObject({ kind: 'invitation', name: 'Sam Reviewer' })
    expect(await authenticator.accessTo(principal!, 'doc-1')).toEqual({ role: 'reviewer' })
    expect(await authenticator.accessTo(principal!, 'doc-2')).toBeUndefined()
    const otherList = await app.request('/api/docs/doc-2/invites', { headers: { cookie } })
    expect(otherList.status).toBe(403)
  })

  it('explains a withdrawn, expired or unknown link on a page of its own', async () => {
    const { id, token } = await inviteToken('doc-1', { role: 'reviewer' })
    await authenticator.revokeInvitation(id)
    const withdrawn = await app.request(`/invite/${token}`)
    expect(withdrawn.status).toBe(410)
    expect(withdrawn.headers.get('content-type')).toMatch(/text\/html/)
    expect(withdrawn.headers.get('set-cookie')).toBeNull()
    const page = await withdrawn.text()
    expect(page).toContain('This link has been withdrawn')
    expect(page).toContain('Ask the secretariat for a new link.')

    const longAgo = new Date(Date.now() - 30 * 86_400_000)
    const expired = await createInvitation(
      store,
      { documentId: 'doc-1', createdBy: 'admin', publicUrl, now: longAgo },
      { role: 'reviewer', expiresInDays: 1 },
    )
    const expiredPage = await app.request(`/invite/${expired.token}`)
    expect(expiredPage.status).toBe(410)
    expect(await expiredPage.text()).toContain('This link has expired')

    const unknown = await app.request('/invite/not-a-real-token')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('Ask the secretariat for a new link.')
  })
})

describe('opening an invitation while signed in', () => {
  const whoIs = (cookie: string) =>
    authenticator.authenticate({ url: '/api/auth/me', headers: new Headers({ cookie }) })
  const confirm = (token: string, headers: Record<string, string>) =>
    app.request(`/invite/${token}`, { method: 'POST', headers })

  it('asks before replacing an account session, and keeps it until confirmed', async () => {
    const { token } = await inviteToken('doc-1', { role: 'reviewer', name: 'Dr <Jo> Hart' })
    const opened = await app.request(`/invite/${token}`, { headers: secretariat })
    expect(opened.status).toBe(200)
    expect(opened.headers.get('set-cookie')).toBeNull()
    expect(opened.headers.get('cache-control')).toBe('no-store')
    const page = await opened.text()
    expect(page).toContain('You are signed in as Ana Lopez.')
    expect(page).toContain('Continue as Dr &lt;Jo&gt; Hart for “Committee, 3 March”?')
    expect(page).toContain(`<form method="post" action="/invite/${token}">`)
    expect(page).not.toContain('<Jo>')
    expect(await whoIs(secretariat.cookie ?? '')).toMatchObject({ name: 'Ana Lopez' })
  })

  it('replaces the session only on a POST from this site, and ends the old one', async () => {
    const { token } = await inviteToken('doc-1', { role: 'reviewer', name: 'Sam Reviewer' })
    for (const origin of ['https://attacker.example', 'null', undefined]) {
      const refused = await confirm(token, {
        ...secretariat,
        ...(origin === undefined ? {} : { origin }),
      })
      expect(refused.status, `Origin ${origin}`).toBe(403)
      expect(refused.headers.get('set-cookie')).toBeNull()
    }
    expect(await whoIs(secretariat.cookie ?? '')).toMatchObject({ name: 'Ana Lopez' })

    const confirmed = await confirm(token, { ...secretariat, origin: publicUrl })
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/d/doc-1')
    const cookie = /minutes_session=[^;]+/.exec(confirmed.headers.get('set-cookie') ?? '')?.[0]
    expect(await whoIs(cookie ?? '')).toMatchObject({ kind: 'invitation', name: 'Sam Reviewer' })
    expect(await whoIs(secretariat.cookie ?? '')).toBeUndefined()
  })

  it('asks when signed in with another invitation, not with the same one', async () => {
    const first = await inviteToken('doc-2', { role: 'reviewer', name: 'Sam Reviewer' })
    const opened = await app.request(`/invite/${first.token}`)
    const cookie = /minutes_session=[^;]+/.exec(opened.headers.get('set-cookie') ?? '')?.[0] ?? ''

    const again = await app.request(`/invite/${first.token}`, { headers: { cookie } })
    expect(again.status).toBe(302)
    expect(again.headers.get('location')).toBe('/d/doc-2')

    const second = await inviteToken('doc-1', { role: 'reviewer', name: 'Kim Clerk' })
    const other = await app.request(`/invite/${second.token}`, { headers: { cookie } })
    expect(other.status).toBe(200)
    expect(await other.text()).toContain('You are signed in as Sam Reviewer.')
  })

  it('still refuses a dead link on confirming', async () => {
    const { id, token } = await inviteToken('doc-1', { role: 'reviewer' })
    await authenticator.revokeInvitation(id)
    const refused = await confirm(token, { ...secretariat, origin: publicUrl })
    expect(refused.status).toBe(410)
    expect(refused.headers.get('set-cookie')).toBeNull()
  })
})
