import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type Database from 'better-sqlite3'
import { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Authenticator } from '../auth/Authenticator'
import { commenterIdOf } from '../auth/commenterIdOf'
import { createInvitation } from '../auth/createInvitation'
import { ensureSetupLink } from '../auth/ensureSetupLink'
import { RateLimiter } from '../auth/RateLimiter'
import { registerAccount } from '../auth/registerAccount'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { silentLogger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { answerErrors } from './answerErrors'
import { authRoutes } from './authRoutes'
import { inviteRoutes } from './inviteRoutes'

const publicUrl = 'http://localhost:8787'
const ana = { name: 'Ana Lopez', email: 'ana@example.org', password: 'a long passphrase' }
const credentials = { email: ana.email, password: ana.password }

let db: Database.Database
let store: SqliteAuthStore
let authenticator: Authenticator
let app: Hono
let address: string

beforeEach(() => {
  db = openSqliteDatabase(':memory:')
  store = new SqliteAuthStore(db)
  authenticator = new Authenticator({ store, logger: silentLogger })
  address = '192.0.2.1'
  app = authRoutes({
    store,
    authenticator,
    publicUrl,
    signInLimiter: new RateLimiter({ maxFailures: 3 }),
    clientAddress: () => address,
  }).onError(answerErrors(silentLogger))
})
afterEach(() => db.close())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  })

/** The session cookie a response sets, as a Cookie request header. */
function sessionCookie(response: Response): string {
  const match = /minutes_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')
  if (!match?.[1]) throw new Error('The response set no session cookie.')
  return `minutes_session=${match[1]}`
}

const me = (headers: Record<string, string>, query = '') =>
  app.request(`/api/auth/me${query}`, { headers })

describe('POST /api/auth/setup', () => {
  it('creates the first account with the printed link and signs it in', async () => {
    const link = await ensureSetupLink(store, publicUrl, silentLogger)
    const token = new URL(link ?? '').searchParams.get('token')

    const response = await post('/api/auth/setup', { token, ...ana })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({
      principal: { name: 'Ana Lopez', color: expect.stringMatching(/^#/), kind: 'account' },
    })
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).not.toMatch(/Secure/)

    const signedIn = await me({ cookie: sessionCookie(response) })
    expect(await signedIn.json()).toMatchObject({ principal: { name: 'Ana Lopez' } })

    const again = await post('/api/auth/setup', { token, ...ana, email: 'b@example.org' })
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({
      error: 'The first account has already been created. Sign in instead.',
    })
  })

  it('refuses a missing or wrong token and a weak password, creating nothing', async () => {
    const link = await ensureSetupLink(store, publicUrl, silentLogger)
    const token = new URL(link ?? '').searchParams.get('token')

    expect((await post('/api/auth/setup', ana)).status).toBe(400)
    const wrong = await post('/api/auth/setup', { ...ana, token: 'not-the-token' })
    expect(wrong.status).toBe(403)
    expect(await wrong.json()).toEqual({
      error: expect.stringContaining('not valid or has expired'),
    })
    const weak = await post('/api/auth/setup', { ...ana, token, password: 'short' })
    expect(weak.status).toBe(400)
    expect(await weak.json()).toEqual({
      error: 'Choose a password of at least 10 characters.',
    })
    expect(await store.countAccounts()).toBe(0)
  })
})

describe('POST /api/auth/sign-in and sign-out', () => {
  beforeEach(async () => {
    await registerAccount(store, ana)
  })

  it('signs in with email (any case) and password, and out again', async () => {
    const response = await post('/api/auth/sign-in', {
      email: ' ANA@example.org',
      password: ana.password,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ principal: { name: 'Ana Lopez' } })
    const cookie = sessionCookie(response)
    expect((await me({ cookie })).status).toBe(200)

    const signOut = await post('/api/auth/sign-out', '', { cookie })
    expect(signOut.status).toBe(204)
    expect(signOut.headers.get('set-cookie')).toMatch(/minutes_session=;.*Max-Age=0/)
    const afterwards = await me({ cookie })
    expect(afterwards.status).toBe(401)
    expect(await afterwards.json()).toEqual({ error: 'You are not signed in.' })
  })

  it('answers a wrong password and an unknown email alike', async () => {
    const wrongPassword = await post('/api/auth/sign-in', {
      email: ana.email,
      password: 'not the password',
    })
    const unknownEmail = await post('/api/auth/sign-in', {
      email: 'nobody@example.org',
      password: ana.password,
    })
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ error: 'The email or password is not right.' })
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })

  it('turns away an email and address after repeated failures, even with the password', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await post('/api/auth/sign-in', { email: ana.email, password: 'wrong password' })
    }
    const blocked = await post('/api/auth/sign-in', { email: ana.email, password: ana.password })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await blocked.json()).toEqual({
      error: 'Too many failed sign-ins. Try again in 15 minutes.',
    })

    address = '198.51.100.7'
    expect(
      (await post('/api/auth/sign-in', { email: ana.email, password: ana.password })).status,
    ).toBe(200)
  })

  it('turns away an address that fails across many emails, and a success does not clear it', async () => {
    app = authRoutes({
      store,
      authenticator,
      publicUrl,
      signInLimiter: new RateLimiter({ maxFailures: 3 }),
      addressLimiter: new RateLimiter({ maxFailures: 5 }),
      clientAddress: () => address,
    }).onError(answerErrors(silentLogger))
    for (let attempt = 0; attempt < 4; attempt++) {
      const guess = { email: `person${attempt}@example.org`, password: 'wrong password' }
      expect((await post('/api/auth/sign-in', guess)).status).toBe(401)
    }
    // A known password between guesses must not reset what the address has spent.
    expect((await post('/api/auth/sign-in', credentials)).status).toBe(200)
    await post('/api/auth/sign-in', { email: 'person4@example.org', password: 'wrong password' })

    const blocked = await post('/api/auth/sign-in', { email: ana.email, password: ana.password })
    expect(blocked.status).toBe(429)
    expect(await blocked.json()).toEqual({
      error: 'Too many failed sign-ins. Try again in 15 minutes.',
    })
    address = '198.51.100.7'
    expect((await post('/api/auth/sign-in', credentials)).status).toBe(200)
  })

  it('refuses incomplete and malformed bodies with a clear error', async () => {
    const incomplete = await post('/api/auth/sign-in', { email: ana.email })
    expect(incomplete.status).toBe(400)
    expect(await incomplete.json()).toEqual({ error: 'Give your email address and password.' })
    const malformed = await post('/api/auth/sign-in', '{"email":')
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toEqual({ error: 'The request body is not valid JSON.' })
  })

  it('refuses a sign-in posted by a page of another site', async () => {
    const response = await post(
      '/api/auth/sign-in',
      { email: ana.email, password: ana.password },
      { origin: 'https://evil.example' },
    )
    expect(response.status).toBe(403)
  })

  it('marks the cookie Secure when the request came over https', async () => {
    const response = await app.request('https://minutes.example.org/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email: ana.email, password: ana.password }),
    })
    expect(response.headers.get('set-cookie')).toMatch(/Secure/)
  })
})

describe('GET /api/auth/me', () => {
  it('tells an account its access to a document when asked', async () => {
    const account = await registerAccount(store, ana)
    const { token } = await authenticator.startSession({ account })
    const response = await me({ cookie: `minutes_session=${token}` }, '?documentId=doc-1')
    expect(await response.json()).toEqual({
      principal: { name: 'Ana Lopez', color: expect.any(String), kind: 'account' },
      access: { role: 'secretariat' },
      commenterId: commenterIdOf(account.id, 'doc-1'),
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('tells an invitation its document, and that it has no access to others', async () => {
    const { token } = await createInvitation(
      store,
      { documentId: 'doc-1', createdBy: 'admin', publicUrl, now: new Date() },
      { role: 'speaker', speakerId: 'p-7', name: 'Dr Jo Hart' },
    )
    const headers = { authorization: `Bearer ${token}` }
    expect(await (await me(headers, '?documentId=doc-1')).json()).toEqual({
      principal: {
        name: 'Dr Jo Hart',
        color: expect.any(String),
        kind: 'invitation',
        documentId: 'doc-1',
      },
      access: { role: 'speaker', speakerId: 'p-7' },
      commenterId: expect.stringMatching(/^[\w-]{22}$/),
    })
    const other = await (await me(headers, '?documentId=doc-2')).json()
    expect(other).toMatchObject({ access: null })
    expect(other).not.toHaveProperty('commenterId')
  })
})

describe('over a real connection', () => {
  it('goes from the setup link to an invitation opened in another browser', async () => {
    const documents = new SqliteDocumentStore(db)
    await documents.createDocument({ id: 'doc-1', title: 'Committee' })
    const limiter = new RateLimiter({ maxFailures: 1 })
    const server = new Hono().onError(answerErrors(silentLogger))
    server.route('/', authRoutes({ store, authenticator, publicUrl, signInLimiter: limiter }))
    server.route('/', inviteRoutes({ store, authenticator, documents, publicUrl }))
    const running = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(listening),
      )
    })
    const base = `http://127.0.0.1:${(running.address() as AddressInfo).port}`
    try {
      const link = await ensureSetupLink(store, base, silentLogger)
      const token = new URL(link ?? '').searchParams.get('token')
      const setup = await fetch(`${base}/api/auth/setup`, {
        method: 'POST',
        body: JSON.stringify({ token, ...ana }),
      })
      expect(setup.status).toBe(201)
      const secretariat = { cookie: sessionCookie(setup) }

      const created = await fetch(`${base}/api/docs/doc-1/invites`, {
        method: 'POST',
        headers: { ...secretariat, origin: base },
        body: JSON.stringify({ role: 'reviewer', name: 'Sam' }),
      })
      const { url } = (await created.json()) as { url: string }
      expect(url.startsWith(`${publicUrl}/invite/`)).toBe(true)

      const opened = await fetch(`${base}${new URL(url).pathname}`, { redirect: 'manual' })
      expect(opened.status).toBe(302)
      const reviewer = { cookie: sessionCookie(opened) }
      const who = await fetch(`${base}/api/auth/me?documentId=doc-1`, { headers: reviewer })
      expect(await who.json()).toMatchObject({
        principal: { name: 'Sam', kind: 'invitation' },
        access: { role: 'reviewer' },
      })

      // The limit is kept per address: the socket's, here 127.0.0.1.
      const wrong = { email: ana.email, password: 'not the password' }
      await fetch(`${base}/api/auth/sign-in`, { method: 'POST', body: JSON.stringify(wrong) })
      expect(limiter.retryAfterMs(`${ana.email}|127.0.0.1`)).toBeGreaterThan(0)
    } finally {
      await new Promise((resolve) => running.close(resolve))
    }
  })
})
