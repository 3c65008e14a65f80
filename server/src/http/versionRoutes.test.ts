import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Role } from '@minutes/permissions'
import {
  AuditTrail,
  CreatedVersion,
  ErrorBody,
  VersionChanges,
  VersionContent,
  VersionList,
} from '@minutes/protocol'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { createInvitation } from '../auth/createInvitation'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { connectClient, paragraphs, type TestClient, waitFor } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let server: TestServer
let documentId: string
let otherDocumentId: string
let tokens: Record<'ada' | 'bo' | 'cy' | 'reviewer' | 'speaker' | 'otherDocument', string>
const clients: TestClient[] = []

const firstText = ['The budget was agreed.', 'The chair thanked the clerk.']

async function invite(document: string, role: Role, name: string) {
  const { token } = await createInvitation(
    server.authStore,
    { documentId: document, createdBy: 'admin', publicUrl: 'http://localhost', now: new Date() },
    { role, name, ...(role === 'speaker' ? { speakerId: 'p-ada' } : {}) },
  )
  return token
}

async function startWithDocument(overrides: Parameters<typeof startTestServer>[0] = {}) {
  server = await startTestServer({ unloadDelayMs: 50, ...overrides })
  const state = () =>
    encodeMinutesState({ type: 'doc', content: firstText.map((text) => paragraph(text)) }, [
      { id: 'p-ada', name: 'Ada Lovell' },
    ])
  documentId = await server.createDocument('Versions', state())
  otherDocumentId = await server.createDocument('Another', state())
  tokens = {
    ada: await invite(documentId, 'secretariat', 'Ada Clerk'),
    bo: await invite(documentId, 'secretariat', 'Bo Clerk'),
    cy: await invite(documentId, 'secretariat', 'Cy Clerk'),
    reviewer: await invite(documentId, 'reviewer', 'Rita Reviewer'),
    speaker: await invite(documentId, 'speaker', 'Ada Lovell'),
    otherDocument: await invite(otherDocumentId, 'secretariat', 'Elsewhere Clerk'),
  }
}

beforeEach(async () => {
  await startWithDocument()
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

type Caller = keyof typeof tokens | 'admin'

async function call(who: Caller, method: string, route: string, body?: unknown, id = documentId) {
  const token = who === 'admin' ? server.adminToken : tokens[who]
  const response = await fetch(`${server.url}/api/docs/${id}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  const text = await response.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = text
  }
  return { status: response.status, json, headers: response.headers }
}

async function connect(who: keyof typeof tokens) {
  const client = connectClient(server.wsUrl, documentId, { bearer: tokens[who] })
  clients.push(client)
  await client.synced
  return client
}

/** Types into the `index`-th paragraph at `offset`, as the editor would. */
function typeInto(doc: Y.Doc, index: number, offset: number, text: string) {
  const element = doc.getXmlFragment('default').get(index) as Y.XmlElement
  ;(element.get(0) as Y.XmlText).insert(offset, text)
}

function deleteFrom(doc: Y.Doc, index: number, offset: number, length: number) {
  const element = doc.getXmlFragment('default').get(index) as Y.XmlElement
  ;(element.get(0) as Y.XmlText).delete(offset, length)
}

async function nameVersion(name: string, who: Caller = 'ada') {
  const { status, json } = await call(who, 'POST', '/versions', { name })
  expect(status).toBe(201)
  return CreatedVersion.parse(json).id
}

async function versions() {
  const { status, json } = await call('ada', 'GET', '/versions')
  expect(status).toBe(200)
  return VersionList.parse(json).versions
}

/** Waits until the server has stored what every client typed. */
async function settled(...expected: TestClient[]) {
  for (const client of expected) {
    await waitFor(async () => {
      const { json } = await call('admin', 'GET', '/export?format=json')
      const stored = JSON.stringify(json)
      return paragraphs(client.doc).every((text) => stored.includes(text))
    }, 'the server to store the edits')
  }
}

describe('versions over HTTP', () => {
  it('names a version, lists it with its maker, and restores it live for three editors', async () => {
    const [ada, bo, cy] = [await connect('ada'), await connect('bo'), await connect('cy')]
    typeInto(ada.doc, 0, 0, 'Ada: ')
    await settled(ada)
    const named = await nameVersion('Before the afternoon')

    typeInto(bo.doc, 1, 0, 'Bo: ')
    deleteFrom(cy.doc, 0, 0, 5)
    cy.doc.getXmlFragment('default').delete(1, 1)
    await waitFor(
      () => [ada, bo, cy].every((client) => client.doc.getXmlFragment('default').length === 1),
      'the edits to reach everyone',
    )
    await settled(cy)

    const restored = await call('ada', 'POST', `/versions/${named}/restore`)
    expect(restored.status).toBe(201)
    const expected = ['Ada: The budget was agreed.', 'The chair thanked the clerk.']
    for (const client of [ada, bo, cy]) {
      await waitFor(
        () => JSON.stringify(paragraphs(client.doc)) === JSON.stringify(expected),
        'every client to converge on the restored version',
      )
    }

    const list = await versions()
    const namedView = list.find(({ id }) => id === named)
    expect(namedView).toMatchObject({
      name: 'Before the afternoon',
      kind: 'named',
      createdBy: { name: 'Ada Clerk' },
    })
    expect(namedView?.authors.map(({ name }) => name)).toEqual(['Ada Clerk'])
    const restoreView = list.at(-1)
    expect(restoreView).toMatchObject({
      id: CreatedVersion.parse(restored.json).id,
      kind: 'restore',
      name: 'Restored: Before the afternoon',
      createdBy: { name: 'Ada Clerk' },
    })
    expect(restoreView?.authors.map(({ name }) => name).sort()).toEqual([
      'Ada Clerk',
      'Bo Clerk',
      'Cy Clerk',
    ])
    // The first version was recorded automatically when the document was first loaded.
    expect(list[0]).toMatchObject({ kind: 'automatic', name: null, createdBy: null })

    // History is never rewritten: the version after the edits can still be compared with now.
    const compare = await call('ada', 'GET', `/versions/${named}/compare/current`)
    expect(VersionChanges.parse(compare.json).changes).toEqual([])
  })

  it('compares versions naming who inserted and who deleted', async () => {
    const [ada, bo] = [await connect('ada'), await connect('bo')]
    await settled(ada)
    const before = await nameVersion('Before')
    typeInto(ada.doc, 0, 4, 'whole ')
    await settled(ada)
    deleteFrom(bo.doc, 1, 0, 4)
    await waitFor(() => paragraphs(ada.doc)[1] === 'chair thanked the clerk.', 'the deletion')
    await settled(bo)

    const now = await call('reviewer', 'GET', `/versions/${before}/compare/current`)
    expect(now.status).toBe(200)
    expect(
      VersionChanges.parse(now.json).changes.map(({ kind, text, author }) => [
        kind,
        text,
        author?.name,
      ]),
    ).toEqual([
      ['insert', 'whole ', 'Ada Clerk'],
      ['delete', 'The ', 'Bo Clerk'],
    ])

    // Once in a version, the same comparison between two versions names the same people.
    const after = await nameVersion('After', 'cy')
    const between = await call('ada', 'GET', `/versions/${before}/compare/${after}`)
    expect(between.json).toEqual(now.json)
    const afterView = (await versions()).find(({ id }) => id === after)
    expect(afterView?.authors.map(({ name }) => name).sort()).toEqual(['Ada Clerk', 'Bo Clerk'])
  })

  it('exports a version as it was, in every format', async () => {
    const ada = await connect('ada')
    await settled(ada)
    const before = await nameVersion('Before')
    typeInto(ada.doc, 0, 0, 'Later words. ')
    await settled(ada)
    const markdown = await call('speaker', 'GET', `/versions/${before}/export?format=md`)
    expect(markdown.status).toBe(200)
    expect(markdown.json).toContain('The budget was agreed.')
    expect(markdown.json).not.toContain('Later words.')
    const shown = await call('reviewer', 'GET', `/versions/${before}`)
    expect(shown.status).toBe(200)
    const content = VersionContent.parse(shown.json)
    expect(content.version).toMatchObject({ id: before, name: 'Before' })
    expect(JSON.stringify(content.content)).toContain('The budget was agreed.')
    expect(JSON.stringify(content.content)).not.toContain('Later words.')
    expect(content.people).toEqual([{ id: 'p-ada', name: 'Ada Lovell' }])
    expect((await call('ada', 'GET', '/versions/unknown')).status).toBe(404)
    for (const format of ['html', 'json', 'docx', 'pdf']) {
      const response = await call('ada', 'GET', `/versions/${before}/export?format=${format}`)
      expect(response.status).toBe(200)
    }
    expect((await call('ada', 'GET', `/versions/${before}/export?format=rtf`)).status).toBe(400)
  })

  it('records a version named after each status change, and refuses restores while locked', async () => {
    const first = await nameVersion('First')
    for (const status of ['circulated', 'approved', 'published'] as const) {
      expect((await call('ada', 'POST', '/status', { status })).status).toBe(200)
      const restore = await call('ada', 'POST', `/versions/${first}/restore`)
      if (status === 'circulated') expect(restore.status).toBe(201)
      else {
        expect(restore.status).toBe(409)
        expect(ErrorBody.parse(restore.json).error).toMatch(new RegExp(`${status}.*reopen`))
      }
    }
    const names = (await versions()).map(({ name }) => name)
    expect(names.slice(-4)).toEqual(['Circulated', 'Restored: First', 'Approved', 'Published'])
  })

  it('refuses other roles, other documents, unknown versions and malformed bodies', async () => {
    const version = await nameVersion('Kept')
    const restore = `/versions/${version}/restore`
    for (const who of ['reviewer', 'speaker'] as const) {
      expect((await call(who, 'POST', '/versions', { name: 'Mine' })).status).toBe(403)
      expect((await call(who, 'POST', restore)).status).toBe(403)
      expect((await call(who, 'GET', '/audit')).status).toBe(403)
    }
    for (const [method, route] of [
      ['GET', '/versions'],
      ['POST', '/versions'],
      ['GET', `/versions/${version}/compare/current`],
      ['GET', `/versions/${version}/export?format=md`],
      ['POST', restore],
      ['GET', '/audit'],
    ] as const) {
      const response = await call(
        'otherDocument',
        method,
        route,
        method === 'POST' ? {} : undefined,
      )
      expect(response.status, `${method} ${route}`).toBe(403)
    }
    // A version of this document is not one of another's, even for the secretariat there.
    expect((await call('admin', 'POST', restore, undefined, otherDocumentId)).status).toBe(404)
    expect((await call('admin', 'GET', '/versions', undefined, 'no-such-document')).status).toBe(
      404,
    )

    expect((await call('ada', 'POST', '/versions/unknown/restore')).status).toBe(404)
    expect((await call('ada', 'GET', '/versions/unknown/export?format=md')).status).toBe(404)
    expect((await call('ada', 'GET', `/versions/${version}/compare/unknown`)).status).toBe(404)
    expect((await call('ada', 'GET', `/versions/unknown/compare/current`)).status).toBe(404)

    for (const body of [
      'not json',
      { name: '' },
      { name: 7 },
      { name: 'x'.repeat(121) },
      '{"name":"a","__proto__":1}',
      [],
    ]) {
      const response = await call('ada', 'POST', '/versions', body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(ErrorBody.parse(response.json).error).not.toBe('')
    }
    expect((await versions()).map(({ name }) => name).filter((name) => name !== null)).toEqual([
      'Kept',
    ])
  })

  it('keeps an audit trail for the secretariat', async () => {
    await connect('ada')
    const version = await nameVersion('Audited')
    await call('ada', 'GET', '/export?format=md')
    await call('ada', 'POST', '/status', { status: 'circulated' })
    await call('ada', 'POST', `/versions/${version}/restore`)
    const { status, json } = await call('admin', 'GET', '/audit')
    expect(status).toBe(200)
    const events = AuditTrail.parse(json).events
    expect(events.map(({ actor, kind }) => [actor, kind])).toEqual([
      ['Ada Clerk', 'joined'],
      ['Ada Clerk', 'version-named'],
      ['Ada Clerk', 'exported'],
      ['Ada Clerk', 'status-changed'],
      ['Ada Clerk', 'restored'],
    ])
    expect(events.every(({ at }) => !Number.isNaN(Date.parse(at)))).toBe(true)
    expect(events[4]?.detail).toBe('Restored the version "Audited".')
  })
})

describe('automatic checkpoints and the audit trail', () => {
  it('records at most one per interval of editing, and one when the document leaves memory', async () => {
    await server.close()
    await startWithDocument({ checkpointIntervalMs: 1_000 })
    const ada = await connect('ada')
    await waitFor(async () => (await versions()).length === 1, 'the first checkpoint')
    typeInto(ada.doc, 0, 0, 'a')
    await settled(ada)
    typeInto(ada.doc, 0, 0, 'b')
    await settled(ada)
    expect(await versions()).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    typeInto(ada.doc, 0, 0, 'c')
    await waitFor(async () => (await versions()).length === 2, 'a checkpoint after the interval')
    expect((await versions())[1]).toMatchObject({
      kind: 'automatic',
      authors: [{ name: 'Ada Clerk' }],
    })

    typeInto(ada.doc, 0, 0, 'd')
    await settled(ada)
    for (const client of clients.splice(0)) client.destroy()
    await waitFor(() => !server.registry.has(documentId), 'the document to leave memory')
    const last = (await versions()).at(-1)
    expect(last).toMatchObject({ kind: 'automatic', authors: [{ name: 'Ada Clerk' }] })
    expect((await versions()).length).toBe(3)
  })

  it('writes invitations and their withdrawal in the audit trail', async () => {
    const created = await call('admin', 'POST', '/invites', {
      role: 'reviewer',
      name: 'Vic Viewer',
    })
    expect(created.status).toBe(201)
    const { id } = created.json as { id: string }
    expect((await call('admin', 'DELETE', `/invites/${id}`)).status).toBe(204)
    const events = AuditTrail.parse((await call('ada', 'GET', '/audit')).json).events
    expect(events.map(({ actor, kind, detail }) => [actor, kind, detail])).toEqual([
      ['Automation', 'invited', 'Invited Vic Viewer as reviewer.'],
      ['Automation', 'revoked', 'Withdrew the invitation of Vic Viewer as reviewer.'],
    ])
  })
})

describe('versions across restarts and compaction', () => {
  it('keeps every version readable after the log is compacted and the server restarts', async () => {
    await server.close()
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-versions-'))
    try {
      await startWithDocument({ dataDir, compactAfterUpdates: 3 })
      const ada = await connect('ada')
      await settled(ada)
      const before = await nameVersion('Before')
      for (const word of ['one ', 'two ', 'three ', 'four ']) typeInto(ada.doc, 0, 0, word)
      deleteFrom(ada.doc, 1, 0, 4)
      await settled(ada)
      for (const client of clients.splice(0)) client.destroy()
      await server.close()

      server = await startTestServer({ dataDir, unloadDelayMs: 50, compactAfterUpdates: 3 })
      const markdown = await fetch(
        `${server.url}/api/docs/${documentId}/versions/${before}/export?format=md`,
        { headers: { authorization: `Bearer ${server.adminToken}` } },
      )
      expect(await markdown.text()).toContain('The budget was agreed.\n')
      const compared = await call('admin', 'GET', `/versions/${before}/compare/current`)
      expect(
        VersionChanges.parse(compared.json).changes.map(({ kind, text }) => [kind, text]),
      ).toEqual([
        ['insert', 'four three two one '],
        ['delete', 'The '],
      ])
      expect((await call('admin', 'POST', `/versions/${before}/restore`)).status).toBe(201)
      const { json } = await call('admin', 'GET', '/export?format=md')
      expect(json).toContain('The budget was agreed.')
      expect(json).not.toContain('four')
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
