import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../testing/createTestApp'

let test: TestApp
let documentId: string

beforeEach(async () => {
  test = createTestApp()
  documentId = (await test.store.createDocument({ id: 'doc-1', title: 'Committee' })).id
})
afterEach(() => test.close())

/** Every route that reads a JSON body, a body it takes, and a wrong type for one of its fields. */
const routes = [
  { method: 'POST', path: '/api/docs', valid: { title: 'Board' }, wrongType: { title: 7 } },
  { method: 'PATCH', path: '/api/docs/doc-1', valid: { title: 'Board' }, wrongType: { title: [] } },
  {
    method: 'POST',
    path: '/api/docs/doc-1/status',
    valid: { status: 'circulated' },
    wrongType: { status: { $ne: null } },
  },
  {
    method: 'POST',
    path: '/api/docs/doc-1/invites',
    valid: { role: 'reviewer' },
    wrongType: { role: 'reviewer', expiresInDays: '7' },
  },
  {
    method: 'POST',
    path: '/api/auth/sign-in',
    valid: { email: 'ana@example.org', password: 'a long passphrase' },
    wrongType: { email: ['ana@example.org'], password: 'a long passphrase' },
  },
  {
    method: 'POST',
    path: '/api/auth/setup',
    valid: { token: 't', name: 'Ana', email: 'ana@example.org', password: 'a long passphrase' },
    wrongType: { token: 't', name: 'Ana', email: 'ana@example.org', password: 1234567890 },
  },
]

const send = (route: (typeof routes)[number], body: string, contentType = 'application/json') =>
  test.app.request(route.path, {
    method: route.method,
    body,
    headers: { authorization: `Bearer ${test.adminToken}`, 'content-type': contentType },
  })

/** What a refused body must have left alone: documents, titles, statuses, invitations, accounts. */
async function expectNothingChanged() {
  expect(await test.store.listDocuments()).toEqual([
    expect.objectContaining({ id: documentId, title: 'Committee', status: 'draft' }),
  ])
  expect(await test.authStore.listInvitations(documentId)).toEqual([])
  expect(await test.authStore.countAccounts()).toBe(0)
}

describe.each(routes)('$method $path refuses a hostile body with a 400 saying why', (route) => {
  it('that is not JSON', async () => {
    for (const body of ['{"title": ', 'title=Board', '\u0000\u0001']) {
      const response = await send(route, body)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ error: 'The request body is not valid JSON.' })
    }
    await expectNothingChanged()
  })

  it('that is JSON but not an object', async () => {
    for (const body of ['[1]', 'null', '42', '"text"', 'true']) {
      const response = await send(route, body)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({ error: 'The request body must be a JSON object.' })
    }
    await expectNothingChanged()
  })

  it('with a field of the wrong type', async () => {
    const response = await send(route, JSON.stringify(route.wrongType))
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: string }
    expect(error).toMatch(/must be|Give|Choose|from 1 to 90/)
    await expectNothingChanged()
  })

  it('with fields it does not take, however large, prototype keys included', async () => {
    const huge = JSON.stringify({ ...route.valid, notes: 'x'.repeat(12_000) })
    const extra = await send(route, huge)
    expect(extra.status).toBe(400)
    expect(await extra.json()).toEqual({
      error: 'The request body has fields this request does not take: "notes".',
    })
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const polluting = `{"${key}": {"role": "secretariat", "isAdmin": true}, ${JSON.stringify(route.valid).slice(1)}`
      const response = await send(route, polluting)
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        error: `The request body has fields this request does not take: "${key}".`,
      })
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    await expectNothingChanged()
  })
})

describe('a JSON body', () => {
  it('is read whatever its Content-Type says, never dropped for it', async () => {
    const response = await send(routes[0]!, JSON.stringify({ title: 'Board' }), 'text/plain')
    expect(response.status).toBe(201)
    const { id } = (await response.json()) as { id: string }
    expect((await test.store.getDocument(id))?.title).toBe('Board')
  })

  it('may nest deeply without costing more than a refusal', async () => {
    const depth = 30_000
    const nested = `{"title": ${'['.repeat(depth)}${']'.repeat(depth)}}`
    const response = await send(routes[0]!, nested)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'The title must be text.' })
    await expectNothingChanged()
  })

  it('may be empty where every field is optional, and not where one is needed', async () => {
    expect((await send(routes[0]!, '')).status).toBe(201)
    const rename = await send(routes[1]!, '')
    expect(rename.status).toBe(400)
    expect(await rename.json()).toEqual({ error: 'Send a title, a seriesId, or both.' })
    const signIn = await send(routes[4]!, '  ')
    expect(await signIn.json()).toEqual({ error: 'Give your email address and password.' })
  })
})
