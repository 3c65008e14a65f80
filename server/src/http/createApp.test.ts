import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Authenticator } from '../auth/Authenticator'
import { createInvitation } from '../auth/createInvitation'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { DocumentRegistry } from '../documents/DocumentRegistry'
import { silentLogger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { createApp } from './createApp'

const adminToken = 'an-admin-token-of-at-least-thirty-two-chars'
let folder: string
let store: SqliteDocumentStore
let authStore: SqliteAuthStore
let app: ReturnType<typeof createApp>

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-http-'))
  fs.mkdirSync(path.join(folder, 'client'))
  fs.writeFileSync(path.join(folder, 'client/index.html'), '<!doctype html><title>Minutes</title>')
  const db = openSqliteDatabase(path.join(folder, 'minutes.sqlite'))
  store = new SqliteDocumentStore(db)
  authStore = new SqliteAuthStore(db)
  const authenticator = new Authenticator({ store: authStore, adminToken, logger: silentLogger })
  const registry = new DocumentRegistry(store, {
    unloadDelayMs: 0,
    compactAfterUpdates: 100,
    logger: silentLogger,
  })
  app = createApp({
    store,
    registry,
    authStore,
    authenticator,
    publicUrl: 'http://localhost',
    clientDir: path.join(folder, 'client'),
    logger: silentLogger,
  })
})

/** A request from automation holding the admin token, unless other headers are given. */
const request = (url: string, init: RequestInit = {}) =>
  app.request(url, {
    ...init,
    headers: { authorization: `Bearer ${adminToken}`, ...(init.headers as Record<string, string>) },
  })
afterEach(async () => {
  await store.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

const post = (url: string, body: string) =>
  request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })

describe('HTTP API', () => {
  it('answers the health check', async () => {
    const response = await request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('creates a document, lists it, reads it and renames it', async () => {
    const created = await post('/api/docs', JSON.stringify({ title: '  Board meeting  ' }))
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    expect(id).toMatch(/^[a-z0-9]{15}$/)

    const list = (await (await request('/api/docs')).json()) as unknown[]
    expect(list).toEqual([
      {
        id,
        title: 'Board meeting',
        status: 'draft',
        updatedAt: expect.any(String),
        approvedBy: null,
        approvedAt: null,
        publishedBy: null,
        publishedAt: null,
        seriesId: null,
        openThreads: 0,
      },
    ])
    expect(await (await request(`/api/docs/${id}`)).json()).toMatchObject({
      title: 'Board meeting',
    })

    const renamed = await request(`/api/docs/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Board meeting, 3 March' }),
    })
    expect(await renamed.json()).toMatchObject({ id, title: 'Board meeting, 3 March' })
  })

  it('names an untitled document, and refuses titles that are not text or too long', async () => {
    const { id } = (await (await post('/api/docs', '{}')).json()) as { id: string }
    expect(await (await request(`/api/docs/${id}`)).json()).toMatchObject({
      title: 'Untitled minutes',
    })
    expect((await post('/api/docs', JSON.stringify({ title: 42 }))).status).toBe(400)
    const long = await post('/api/docs', JSON.stringify({ title: 'x'.repeat(201) }))
    expect(long.status).toBe(400)
    expect(await long.json()).toEqual({ error: expect.stringContaining('200 characters') })
  })

  it('refuses malformed and oversized bodies with a clear error, creating nothing', async () => {
    const malformed = await post('/api/docs', '{"title": ')
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toEqual({ error: 'The request body is not valid JSON.' })
    expect((await post('/api/docs', '[1]')).status).toBe(400)
    const oversized = await post('/api/docs', JSON.stringify({ title: 'x'.repeat(70_000) }))
    expect(oversized.status).toBe(413)
    expect(await store.listDocuments()).toEqual([])
  })

  it('answers 404 with a message for unknown documents and routes', async () => {
    const missing = await request('/api/docs/unknown-id')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'There is no document with id "unknown-id".' })
    const patch = await request('/api/docs/unknown-id', {
      method: 'PATCH',
      body: JSON.stringify({ title: 'x' }),
    })
    expect(patch.status).toBe(404)
    expect((await request('/api/nothing')).status).toBe(404)
  })

  it('serves the client page for client-side routes', async () => {
    const page = await request('/d/some-document')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Minutes</title>')
  })
})

describe('access to the HTTP API', () => {
  it('asks who is there before listing or creating documents', async () => {
    expect((await app.request('/api/docs')).status).toBe(401)
    const anonymous = await app.request('/api/docs', { method: 'POST', body: '{}' })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      error: 'Sign in, or open your invitation link again.',
    })
    expect(await store.listDocuments()).toEqual([])
  })

  it("gives an invitation its own document only, and no other's", async () => {
    const { id: mine } = (await (await post('/api/docs', '{"title":"Mine"}')).json()) as {
      id: string
    }
    const { id: other } = (await (await post('/api/docs', '{"title":"Other"}')).json()) as {
      id: string
    }
    const { token } = await createInvitation(
      authStore,
      { documentId: mine, createdBy: 'test', publicUrl: 'http://localhost', now: new Date() },
      { role: 'reviewer' },
    )
    const asReviewer = { authorization: `Bearer ${token}` }
    expect((await app.request(`/api/docs/${mine}`, { headers: asReviewer })).status).toBe(200)
    expect((await app.request(`/api/docs/${other}`, { headers: asReviewer })).status).toBe(403)
    expect((await app.request('/api/docs', { headers: asReviewer })).status).toBe(403)
    const rename = await app.request(`/api/docs/${mine}`, {
      method: 'PATCH',
      body: '{"title":"Hijacked"}',
      headers: asReviewer,
    })
    expect(rename.status).toBe(403)
  })

  it('moves the workflow only forward one step, or back to reopen', async () => {
    const { id } = (await (await post('/api/docs', '{"title":"Flow"}')).json()) as { id: string }
    const setStatus = (status: string) => post(`/api/docs/${id}/status`, JSON.stringify({ status }))
    expect(await (await setStatus('circulated')).json()).toMatchObject({ status: 'circulated' })
    const skip = await setStatus('published')
    expect(skip.status).toBe(409)
    expect(await skip.json()).toEqual({
      error: 'Minutes that are circulated cannot become published; the next step is approved.',
    })
    expect((await setStatus('approved')).status).toBe(200)
    expect((await setStatus('draft')).status).toBe(200)
    expect((await setStatus('finished')).status).toBe(400)
    expect(await store.getDocument(id)).toMatchObject({ status: 'draft' })
  })

  it('records who approved and who published, and when, and shows it with the document', async () => {
    const { id } = (await (await post('/api/docs', '{"title":"Signed"}')).json()) as { id: string }
    const setStatus = (status: string) => post(`/api/docs/${id}/status`, JSON.stringify({ status }))
    await setStatus('circulated')
    const approved = (await (await setStatus('approved')).json()) as { approvedAt: string }
    expect(approved).toMatchObject({ approvedBy: 'Automation', publishedBy: null })
    expect(Math.abs(Date.parse(approved.approvedAt) - Date.now())).toBeLessThan(60_000)
    await setStatus('published')
    const shown = await (await request(`/api/docs/${id}`)).json()
    expect(shown).toMatchObject({
      status: 'published',
      approvedBy: 'Automation',
      approvedAt: approved.approvedAt,
      publishedBy: 'Automation',
    })
    expect(await (await setStatus('draft')).json()).toMatchObject({
      approvedBy: null,
      publishedBy: null,
    })
  })
})

describe('the public page of published minutes', () => {
  it('is served to anyone once published, at /p/:id, and to nobody before', async () => {
    const { id } = (await (await post('/api/docs', '{"title":"Public"}')).json()) as { id: string }
    const before = await app.request(`/p/${id}`)
    expect(before.status).toBe(404)
    expect(await before.text()).toContain('These minutes are not published')

    for (const status of ['circulated', 'approved', 'published']) {
      await post(`/api/docs/${id}/status`, JSON.stringify({ status }))
    }
    const page = await app.request(`/p/${id}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('<title>Public')
    expect(html).toContain('lang="en-GB"')
  })
})
