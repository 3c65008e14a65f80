import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../logger'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { createApp } from './createApp'

let folder: string
let store: SqliteDocumentStore
let app: ReturnType<typeof createApp>

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-http-'))
  fs.mkdirSync(path.join(folder, 'client'))
  fs.writeFileSync(path.join(folder, 'client/index.html'), '<!doctype html><title>Minutes</title>')
  store = SqliteDocumentStore.open(path.join(folder, 'minutes.sqlite'))
  app = createApp({ store, clientDir: path.join(folder, 'client'), logger: silentLogger })
})
afterEach(async () => {
  await store.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

const post = (url: string, body: string) =>
  app.request(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })

describe('HTTP API', () => {
  it('answers the health check', async () => {
    const response = await app.request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('creates a document, lists it, reads it and renames it', async () => {
    const created = await post('/api/docs', JSON.stringify({ title: '  Board meeting  ' }))
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    expect(id).toMatch(/^[a-z0-9]{15}$/)

    const list = (await (await app.request('/api/docs')).json()) as unknown[]
    expect(list).toEqual([{ id, title: 'Board meeting', updatedAt: expect.any(String) }])
    expect(await (await app.request(`/api/docs/${id}`)).json()).toMatchObject({
      title: 'Board meeting',
    })

    const renamed = await app.request(`/api/docs/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Board meeting, 3 March' }),
    })
    expect(await renamed.json()).toMatchObject({ id, title: 'Board meeting, 3 March' })
  })

  it('names an untitled document, and refuses titles that are not text or too long', async () => {
    const { id } = (await (await post('/api/docs', '{}')).json()) as { id: string }
    expect(await (await app.request(`/api/docs/${id}`)).json()).toMatchObject({
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
    const missing = await app.request('/api/docs/unknown-id')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: 'There is no document with id "unknown-id".' })
    const patch = await app.request('/api/docs/unknown-id', {
      method: 'PATCH',
      body: JSON.stringify({ title: 'x' }),
    })
    expect(patch.status).toBe(404)
    expect((await app.request('/api/nothing')).status).toBe(404)
  })

  it('serves the client page for client-side routes', async () => {
    const page = await app.request('/d/some-document')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Minutes</title>')
  })
})
