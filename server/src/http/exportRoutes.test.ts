import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME, type Person } from '@minutes/schema'
import { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readDemoMinutes } from '../documents/demo/readDemoMinutes'

const { content: demoContent, people: demoPeople } = readDemoMinutes()

import type { Principal } from '../auth/Principal'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { silentLogger } from '../logger'
import { AuditLog } from '../minutes/AuditLog'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { answerErrors } from './answerErrors'
import { contentDisposition, exportRoutes } from './exportRoutes'

const title = 'Libraries APPG — 14 October 2025 <b>'
let store: SqliteDocumentStore
let app: Hono<{ Variables: { principal: Principal } }>

beforeEach(async () => {
  store = SqliteDocumentStore.open(':memory:')
  const reader: Principal = { id: 'admin', name: 'Automation', color: '#000', kind: 'admin' }
  app = new Hono<{ Variables: { principal: Principal } }>()
    .use(async (c, next) => {
      c.set('principal', reader)
      await next()
    })
    .route('/api/docs/:id/export', exportRoutes(store, new AuditLog(store, silentLogger)))
    .onError(answerErrors(silentLogger))
  await store.createDocument({
    id: 'doc1',
    title,
    initialState: encodeMinutesState(demoContent, demoPeople),
  })
})
afterEach(async () => {
  await store.close()
})

const exportAs = (query: string, id = 'doc1') => app.request(`/api/docs/${id}/export?${query}`)
const safeName = 'Libraries APPG - 14 October 2025 b'

describe('GET /api/docs/:id/export', () => {
  it.each([
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
    ['pdf', 'application/pdf', '%PDF-'],
    ['html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['md', 'text/markdown; charset=utf-8', '# ALL-PARTY PARLIAMENTARY GROUP'],
    ['json', 'application/json; charset=utf-8', '{'],
  ])('serves %s as an attachment named after the title', async (format, contentType, opening) => {
    const response = await exportAs(`format=${format}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(contentType)
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="${safeName}\\.${format}"; filename\\*=UTF-8''`),
    )
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.subarray(0, opening.length).toString('latin1')).toBe(opening)
  })

  it('exports what the store holds: content, people and status', async () => {
    const response = await exportAs('format=json')
    const exported = (await response.json()) as { title: string; status: string; people: Person[] }
    expect(exported).toMatchObject({ format: 'minutes', version: 1, title, status: 'draft' })
    expect(exported.people).toEqual(expect.arrayContaining(demoPeople))

    await store.setStatus('doc1', 'approved')
    const approved = (await (await exportAs('format=json')).json()) as { status: string }
    expect(approved.status).toBe('approved')
  })

  it('prints who approved the minutes, and when, in the header', async () => {
    await store.setStatus('doc1', 'approved')
    await store.signOff('doc1', 'approved', 'Ada <Clerk>')
    const page = await (await exportAs('format=html')).text()
    expect(page).toMatch(
      /<span class="sign-off">Approved by Ada &lt;Clerk&gt; on \d+ \w+ \d{4}\.<\/span>/,
    )
  })

  it('replays every stored update, not only the first', async () => {
    const doc = new Y.Doc()
    for (const update of await store.loadUpdates('doc1')) Y.applyUpdate(doc, update)
    const before = Y.encodeStateVector(doc)
    doc.getMap<Person>(PEOPLE_MAP_NAME).set('imogen-tate', {
      id: 'imogen-tate',
      name: 'Professor Imogen Tate',
      organisation: 'Northfield University',
    })
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Added after the meeting.')])
    doc.getXmlFragment(CONTENT_FRAGMENT_NAME).push([paragraph])
    await store.appendUpdates('doc1', [Y.encodeStateAsUpdate(doc, before)])

    const markdown = await (await exportAs('format=md')).text()
    expect(markdown).toContain('**Professor Imogen Tate (Northfield University):** explained')
    expect(markdown.trimEnd().endsWith('Added after the meeting.')).toBe(true)
  })

  it('shows HTML inline when asked, for the page of a published document', async () => {
    const response = await exportAs('format=html&inline=true')
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = await response.text()
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('<title>Libraries APPG — 14 October 2025 &lt;b&gt;</title>')
    const pdf = await exportAs('format=pdf&inline=true')
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment;/)
  })

  it('refuses an unknown or missing format, naming the valid ones', async () => {
    const unknown = await exportAs('format=odt')
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toEqual({
      error: '"odt" is not an export format. Choose one of: docx, pdf, html, md, json.',
    })
    const missing = await exportAs('')
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { error: string }).error).toMatch(/^No export format/)
  })

  it('answers 404 for a document that does not exist', async () => {
    const response = await exportAs('format=pdf', 'nosuchdoc')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'There is no document with id "nosuchdoc".' })
    expect((await exportAs('format=md', '..%2Fetc')).status).toBe(404)
  })

  it('exports a document that has no content yet', async () => {
    await store.createDocument({ id: 'empty', title: 'Untitled minutes' })
    const response = await exportAs('format=md', 'empty')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('# Untitled minutes\n')
  })
})

describe('contentDisposition', () => {
  it('keeps file names safe in a quoted header value', () => {
    expect(contentDisposition('attachment', 'a"b\\c\r\nd/e:f', 'pdf')).toBe(
      `attachment; filename="a b c d e f.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0Ad%2Fe%3Af.pdf`,
    )
    expect(contentDisposition('attachment', '...', 'md')).toMatch(
      /^attachment; filename="minutes\.md"/,
    )
    expect(contentDisposition('inline', 'Siân’s minutes', 'html')).toBe(
      `inline; filename="Sian s minutes.html"; filename*=UTF-8''Si%C3%A2n%E2%80%99s%20minutes.html`,
    )
  })
})
