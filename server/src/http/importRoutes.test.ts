import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { exportDocx } from '@minutes/export'
import { docxBomb } from '@minutes/import/testing/zipBombs'
import { maxImportBytes } from '@minutes/protocol'
import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Authenticator } from '../auth/Authenticator'
import { SqliteAuthStore } from '../auth/SqliteAuthStore'
import { DocumentRegistry } from '../documents/DocumentRegistry'
import { silentLogger } from '../logger'
import { openSqliteDatabase } from '../persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { startTestServer, type TestServer } from '../testing/startTestServer'
import { createApp } from './createApp'

const adminToken = 'an-admin-token-of-at-least-thirty-two-chars'
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
let folder: string
let store: SqliteDocumentStore
let app: ReturnType<typeof createApp>

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-import-'))
  const db = openSqliteDatabase(path.join(folder, 'minutes.sqlite'))
  store = new SqliteDocumentStore(db)
  const authStore = new SqliteAuthStore(db)
  app = createApp({
    store,
    registry: new DocumentRegistry(store, {
      unloadDelayMs: 0,
      compactAfterUpdates: 100,
      logger: silentLogger,
    }),
    authStore,
    authenticator: new Authenticator({ store: authStore, adminToken, logger: silentLogger }),
    publicUrl: 'http://localhost',
    clientDir: path.join(folder, 'client'),
    logger: silentLogger,
  })
})
afterEach(async () => {
  await store.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

/** Sends `body` as the upload, as a file in a form when `name` is given. */
function upload(body: Uint8Array<ArrayBuffer> | string, { name = '', type = '', query = '' } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${adminToken}` }
  let requestBody: BodyInit
  if (name) {
    const form = new FormData()
    form.set('file', new File([body], name, { type }))
    requestBody = form
  } else {
    if (type) headers['content-type'] = type
    requestBody = typeof body === 'string' ? body : new Blob([body])
  }
  return app.request(`/api/docs/import${query}`, { method: 'POST', body: requestBody, headers })
}

const minutesDocx = async () =>
  new Uint8Array(
    await exportDocx({
      title: 'Riverside',
      status: 'draft',
      people: [{ id: 'p-1', name: 'Helen Marsh' }],
      content: {
        type: 'doc',
        content: [
          {
            type: 'meetingHeader',
            content: [
              { type: 'bodyName', content: [{ type: 'text', text: 'RIVERSIDE STEERING GROUP' }] },
              { type: 'officer', attrs: { role: 'chair', personId: 'p-1' } },
            ],
          },
          { type: 'meetingDetails', attrs: { date: '2025-03-05' } },
          {
            type: 'attendanceList',
            attrs: { kind: 'members' },
            content: [{ type: 'attendee', attrs: { personId: 'p-1' } }],
          },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'The group met on the towpath.' }],
          },
        ],
      },
    }),
  )

async function contentOf(id: string): Promise<string> {
  const doc = new Y.Doc()
  for (const update of await store.loadUpdates(id)) Y.applyUpdate(doc, update)
  return doc.getXmlFragment(CONTENT_FRAGMENT_NAME).toString()
}

describe('POST /api/docs/import', { timeout: 60_000 }, () => {
  it('imports a Word document, known by its name, its type or its ZIP signature alone', async () => {
    const bytes = await minutesDocx()
    for (const options of [{ name: 'riverside.docx' }, { type: docxType }, {}]) {
      const response = await upload(bytes, options)
      expect(response.status).toBe(201)
      const body = (await response.json()) as {
        id: string
        title: string
        report: { recognised: { kind: string }[] }
      }
      expect(body.title).toBe('RIVERSIDE STEERING GROUP — 2025-03-05')
      expect(body.report.recognised.map((entry) => entry.kind)).toEqual([
        'meetingHeader',
        'officer',
        'meetingDetails',
        'attendanceList',
      ])
      expect(await contentOf(body.id)).toContain('The group met on the towpath.')
    }
    expect(await store.listDocuments()).toHaveLength(3)
  })

  it('shows what a Word document holds before anything is created', async () => {
    const response = await upload(await minutesDocx(), {
      name: 'riverside.docx',
      query: '?preview=true',
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      title: 'RIVERSIDE STEERING GROUP — 2025-03-05',
      report: {
        counts: { attendees: 1, apologies: 0, agendaItems: 0, speakerSections: 0, actions: 0 },
        unrecognised: [{ line: 6, text: 'The group met on the towpath.' }],
      },
    })
    expect(await store.listDocuments()).toEqual([])
  })

  it('titles Markdown minutes as their front matter does, the date the meeting date', async () => {
    const response = await upload(
      '---\ntitle: Docs WG\ndate: 14 May 2025\n---\nPresent: Ana Lopez\n',
      {
        name: 'notes.md',
        query: '?preview=true',
      },
    )
    expect(await response.json()).toMatchObject({
      title: 'Docs WG',
      report: {
        recognised: [
          { kind: 'frontMatter', label: 'Docs WG, 2025-05-14', line: 1 },
          { kind: 'attendanceList', label: 'Present (1)', line: 5 },
        ],
      },
    })
  })

  it('still imports text and Markdown, titled as asked or from the file', async () => {
    const markdown = await upload('# Board\n\nPresent: Ana Lopez\n', { name: 'board.md' })
    expect(await markdown.json()).toMatchObject({ title: 'board' })
    const text = await upload('Minutes of the board.', {
      type: 'text/plain',
      query: '?title=Board',
    })
    expect(text.status).toBe(201)
    expect(await text.json()).toMatchObject({ title: 'Board' })
  })

  it('refuses what it cannot import with a clear error, and creates nothing', async () => {
    const docx = await minutesDocx()
    const cases: [Response | Promise<Response>, number, string][] = [
      [upload(new Uint8Array(), { name: 'minutes.docx' }), 400, 'The file is empty'],
      [upload('  \n', { name: 'minutes.txt' }), 400, 'The file is empty'],
      [
        upload(new Uint8Array(maxImportBytes + 1).fill(65), { name: 'huge.txt' }),
        413,
        'larger than 5 MiB',
      ],
      [
        upload(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), { name: 'scan.pdf' }),
        415,
        'Import takes Word (.docx), plain text (.txt) and Markdown (.md) minutes.',
      ],
      [upload(new Uint8Array([0xff, 0xfe, 0x41])), 415, 'is not UTF-8 text'],
      [
        upload(docx.slice(0, 200), { name: 'broken.docx' }),
        422,
        'could not be read as a Word document',
      ],
      [
        upload('Not really Word.', { name: 'notes.docx' }),
        422,
        'could not be read as a Word document',
      ],
    ]
    for (const [response, status, message] of cases) {
      const answered = await response
      expect(answered.status, message).toBe(status)
      expect(((await answered.json()) as { error: string }).error).toContain(message)
    }
    expect(await store.listDocuments()).toEqual([])
  })

  it('asks who is there before importing', async () => {
    const response = await app.request('/api/docs/import', { method: 'POST', body: 'Minutes' })
    expect(response.status).toBe(401)
    expect(await store.listDocuments()).toEqual([])
  })
})

describe('POST /api/docs/import against archives that expand', { timeout: 60_000 }, () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())

  const post = (body: Uint8Array<ArrayBuffer>, query = '') =>
    fetch(`${server.url}/api/docs/import${query}`, {
      method: 'POST',
      body: new Blob([body]),
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': docxType },
    })

  it('answers a zip bomb with 413 and one whose header lies with 422, then imports minutes', async () => {
    const rssBefore = process.memoryUsage().rss
    const bomb = await docxBomb(150)
    expect(bomb.length).toBeLessThan(200 * 1024)
    const exploded = await post(bomb, '?preview=true')
    expect(exploded.status).toBe(413)
    expect(((await exploded.json()) as { error: string }).error).toContain(
      'expands to more than 50 MB once unpacked',
    )
    const liar = await post(await docxBomb(150, 10_000), '?preview=true')
    expect(liar.status).toBe(422)
    expect(((await liar.json()) as { error: string }).error).toContain(
      'holds more than the 10,000 bytes its header declares',
    )
    // Tolerant: the old path grew by gigabytes; this one holds a few MB at a time.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024)

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const imported = await post(await minutesDocx())
    expect(imported.status).toBe(201)
    expect(await server.store.listDocuments()).toHaveLength(1)
  })

  it('keeps answering while a long import is read', async () => {
    const lines = Array.from({ length: 150_000 }, (_, index) => `Item ${index}: noted.`)
    let isImported = false
    const importing = fetch(`${server.url}/api/docs/import?preview=true`, {
      method: 'POST',
      body: lines.join('\n'),
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'text/plain' },
    }).then((response) => {
      isImported = true
      return response
    })
    // Read on the event loop, the import would hold back every answer until it was done.
    let answered = 0
    while (!isImported && answered < 3) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      answered++
    }
    expect({ answered, isImported }).toEqual({ answered: 3, isImported: false })
    expect((await importing).status).toBe(200)
  })
})
