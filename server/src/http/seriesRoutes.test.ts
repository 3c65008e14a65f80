import type { Role } from '@minutes/permissions'
import {
  CreatedDocument,
  CreatedSeries,
  DocumentSummary,
  ErrorBody,
  SeriesList,
  SeriesView,
} from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createInvitation } from '../auth/createInvitation'
import { createTestApp, type TestApp } from '../testing/createTestApp'
import { meetingState } from '../testing/meetingMinutes'

let test: TestApp
let tokens: Record<'secretariat' | 'reviewer' | 'speaker' | 'otherDocument', string>

async function invite(documentId: string, role: Role) {
  const { token } = await createInvitation(
    test.authStore,
    { documentId, createdBy: 'admin', publicUrl: test.publicUrl, now: new Date() },
    { role, ...(role === 'speaker' ? { speakerId: 'p-massey' } : {}) },
  )
  return token
}

beforeEach(async () => {
  test = createTestApp()
  await test.store.createDocument({ id: 'doc-a', title: 'First session' })
  await test.store.createDocument({ id: 'doc-b', title: 'Elsewhere' })
  tokens = {
    secretariat: await invite('doc-a', 'secretariat'),
    reviewer: await invite('doc-a', 'reviewer'),
    speaker: await invite('doc-a', 'speaker'),
    otherDocument: await invite('doc-b', 'secretariat'),
  }
})
afterEach(() => test.close())

type Caller = keyof typeof tokens | 'admin' | 'nobody'

async function call(who: Caller, method: string, path: string, body?: unknown, headers = {}) {
  const token = who === 'admin' ? test.adminToken : who === 'nobody' ? undefined : tokens[who]
  const response = await test.app.request(path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  return { status: response.status, json: (await response.json()) as unknown }
}

const newSeries = async (title: string) => {
  const { status, json } = await call('admin', 'POST', '/api/series', { title })
  expect(status).toBe(201)
  return CreatedSeries.parse(json).id
}

const listed = async () => SeriesList.parse((await call('admin', 'GET', '/api/series')).json).series

describe('POST /api/series', () => {
  it('refuses malformed, oversized and unexpected bodies, creating nothing', async () => {
    const refusals: [unknown, number, RegExp][] = [
      ['{"title": "Board"', 400, /not valid JSON/],
      ['"Board"', 400, /must be a JSON object/],
      [['Board'], 400, /must be a JSON object/],
      [{}, 400, /Give the series a title/],
      [{ title: '   ' }, 400, /Give the series a title/],
      [{ title: 42 }, 400, /The title must be text/],
      [{ title: 'x'.repeat(201) }, 400, /longer than 200/],
      [{ title: 'Board', id: 'mine' }, 400, /does not take: "id"/],
      ['{"title": "Board", "__proto__": {"admin": true}}', 400, /does not take: "__proto__"/],
      [{ title: 'x'.repeat(70_000) }, 413, /larger than 64 KiB/],
    ]
    for (const [body, status, message] of refusals) {
      const answer = await call('admin', 'POST', '/api/series', body)
      expect(answer.status, JSON.stringify(body).slice(0, 60)).toBe(status)
      expect(ErrorBody.parse(answer.json).error).toMatch(message)
    }
    expect(await listed()).toEqual([])
  })

  it('is for accounts only: no invitation, whatever its role or document, and never from another site', async () => {
    for (const who of ['secretariat', 'reviewer', 'speaker', 'otherDocument'] as const) {
      expect((await call(who, 'POST', '/api/series', { title: 'Mine' })).status).toBe(403)
    }
    expect((await call('nobody', 'POST', '/api/series', { title: 'Mine' })).status).toBe(401)
    const crossSite = await call(
      'admin',
      'POST',
      '/api/series',
      { title: 'Mine' },
      { origin: 'https://evil.example' },
    )
    expect(crossSite.status).toBe(403)
    expect(await listed()).toEqual([])
  })

  it('creates a series with a trimmed title', async () => {
    const id = await newSeries("  Inquiry into children's play  ")
    expect(await listed()).toEqual([
      { id, title: "Inquiry into children's play", createdAt: expect.any(String), meetings: 0 },
    ])
  })
})

describe('GET /api/series and /api/series/:id', () => {
  it('shows no invitation a series, not even the one its own document is in', async () => {
    const id = await newSeries('Inquiry')
    await test.store.setSeries('doc-a', id)
    for (const who of ['secretariat', 'reviewer', 'speaker', 'otherDocument'] as const) {
      expect((await call(who, 'GET', '/api/series')).status).toBe(403)
      expect((await call(who, 'GET', `/api/series/${id}`)).status).toBe(403)
    }
    expect((await call('nobody', 'GET', `/api/series/${id}`)).status).toBe(401)
  })

  it('answers 404 for a series that does not exist, whatever the id looks like', async () => {
    for (const id of ['nothing-here', 'x'.repeat(300), '%00', '..%2F..%2Fetc']) {
      const answer = await call('admin', 'GET', `/api/series/${id}`)
      expect(answer.status, id).toBe(404)
      ErrorBody.parse(answer.json)
    }
  })

  it('lists the meetings by date, undated last, with status and what each holds', async () => {
    const id = await newSeries('Inquiry')
    await test.store.createDocument({
      id: 'late',
      title: 'Second session',
      seriesId: id,
      initialState: meetingState({
        date: '2025-03-12',
        recommendations: [{ text: 'Fund play.' }],
        actions: [{ text: 'Write.', status: 'done' }],
      }),
    })
    await test.store.createDocument({
      id: 'undated',
      title: 'Notes',
      seriesId: id,
      initialState: meetingState({}),
    })
    await test.store.createDocument({
      id: 'early',
      title: 'First session',
      seriesId: id,
      initialState: meetingState({
        date: '2025-01-20',
        recommendations: [{ text: 'One.' }, { text: 'Two.' }],
        decisions: ['Resolved.'],
        actions: [
          { text: 'Book.', status: 'open' },
          { text: 'Call.', status: 'inProgress' },
        ],
      }),
    })
    await test.store.setStatus('early', 'approved')
    const view = SeriesView.parse((await call('admin', 'GET', `/api/series/${id}`)).json)
    expect(view.title).toBe('Inquiry')
    expect(view.meetings.map(({ id, date, status }) => ({ id, date, status }))).toEqual([
      { id: 'early', date: '2025-01-20', status: 'approved' },
      { id: 'late', date: '2025-03-12', status: 'draft' },
      { id: 'undated', date: null, status: 'draft' },
    ])
    expect(view.meetings[0]?.counts).toEqual({
      recommendations: 2,
      decisions: 1,
      actions: 2,
      openActions: 2,
    })
    expect(view.meetings[1]?.counts).toMatchObject({ actions: 1, openActions: 0 })
    expect((await listed()).map(({ meetings }) => meetings)).toEqual([3])
  })
})

describe('PATCH /api/docs/:id { seriesId }', () => {
  it('moves minutes into a series, to another, and out of it', async () => {
    const first = await newSeries('Inquiry')
    const second = await newSeries('Committee')
    const moved = await call('admin', 'PATCH', '/api/docs/doc-a', { seriesId: first })
    expect(moved.status).toBe(200)
    expect(DocumentSummary.parse(moved.json).seriesId).toBe(first)
    const both = await call('admin', 'PATCH', '/api/docs/doc-a', {
      seriesId: second,
      title: 'Renamed',
    })
    expect(DocumentSummary.parse(both.json)).toMatchObject({ seriesId: second, title: 'Renamed' })
    const out = await call('admin', 'PATCH', '/api/docs/doc-a', { seriesId: null })
    expect(DocumentSummary.parse(out.json).seriesId).toBeNull()
    expect((await listed()).map(({ meetings }) => meetings)).toEqual([0, 0])
  })

  it('answers 404 for an unknown series or document and changes nothing', async () => {
    const id = await newSeries('Inquiry')
    await test.store.setSeries('doc-a', id)
    const unknownSeries = await call('admin', 'PATCH', '/api/docs/doc-a', {
      seriesId: 'no-such-series',
      title: 'Should not stick',
    })
    expect(unknownSeries.status).toBe(404)
    expect(ErrorBody.parse(unknownSeries.json).error).toMatch(/no series/)
    expect(await test.store.getDocument('doc-a')).toMatchObject({
      seriesId: id,
      title: 'First session',
    })
    expect((await call('admin', 'PATCH', '/api/docs/missing', { seriesId: id })).status).toBe(404)
  })

  it('refuses every invitation, even the secretariat of that document, and bad ids', async () => {
    const id = await newSeries('Inquiry')
    for (const who of ['secretariat', 'reviewer', 'speaker', 'otherDocument'] as const) {
      const answer = await call(who, 'PATCH', '/api/docs/doc-a', { seriesId: id })
      expect(answer.status, who).toBe(403)
    }
    for (const seriesId of ['', 'a/b', 42, ['x'], { id }]) {
      expect((await call('admin', 'PATCH', '/api/docs/doc-a', { seriesId })).status).toBe(400)
    }
    expect(await test.store.getDocument('doc-a')).toMatchObject({ seriesId: null })
    // Renaming stays the document's secretariat's.
    const renamed = await call('secretariat', 'PATCH', '/api/docs/doc-a', { title: 'New name' })
    expect(renamed.status).toBe(200)
  })
})

describe('minutes made in a series', () => {
  it('are created in the series named, or not at all when it does not exist', async () => {
    const id = await newSeries('Inquiry')
    const created = await call('admin', 'POST', '/api/docs', { title: 'Third', seriesId: id })
    expect(created.status).toBe(201)
    const { id: documentId } = CreatedDocument.parse(created.json)
    expect(await test.store.getDocument(documentId)).toMatchObject({ seriesId: id })
    const before = (await test.store.listDocuments()).length
    expect((await call('admin', 'POST', '/api/docs', { seriesId: 'nope' })).status).toBe(404)
    expect((await call('admin', 'POST', '/api/docs', { seriesId: '../x' })).status).toBe(400)
    expect(await test.store.listDocuments()).toHaveLength(before)
  })

  it('are imported into the series named, or not at all', async () => {
    const id = await newSeries('Inquiry')
    const upload = (query: string) =>
      test.app.request(`/api/docs/import?filename=minutes.txt${query}`, {
        method: 'POST',
        body: 'Board meeting\n\nSome words.',
        headers: { authorization: `Bearer ${test.adminToken}`, 'content-type': 'text/plain' },
      })
    const imported = await upload(`&series=${id}`)
    expect(imported.status).toBe(201)
    const { id: documentId } = CreatedDocument.parse(
      await imported.json().then(({ id }: { id: string }) => ({ id })),
    )
    expect(await test.store.getDocument(documentId)).toMatchObject({ seriesId: id })
    expect((await upload('&series=nope')).status).toBe(404)
    expect((await upload('&series=a%2Fb')).status).toBe(400)
    expect(await test.store.listDocuments()).toHaveLength(3)
  })
})
