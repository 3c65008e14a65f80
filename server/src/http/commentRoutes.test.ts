import type { Role } from '@minutes/permissions'
import { CommentThreads, CreatedThread, ErrorBody } from '@minutes/protocol'
import { COMMENTS_MAP_NAME, CONTENT_FRAGMENT_NAME, maxCommentBodyLength } from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { createInvitation } from '../auth/createInvitation'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { connectClient, type TestClient, waitFor } from '../testing/connectClient'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let server: TestServer
let documentId: string
let tokens: Record<Role | 'otherReviewer', string>
const clients: TestClient[] = []

const names = {
  secretariat: 'Sam Clerk',
  reviewer: 'Rita Shah',
  speaker: 'Ada Lovell',
  otherReviewer: 'Omar Reed',
}

beforeEach(async () => {
  server = await startTestServer({ unloadDelayMs: 50 })
  documentId = await server.createDocument(
    'Comments API',
    encodeMinutesState(
      {
        type: 'doc',
        content: [
          paragraph('The budget was agreed.'),
          speakerSection('p-ada', paragraph('The budget was late, said Ada.')),
        ],
      },
      [{ id: 'p-ada', name: 'Ada Lovell' }],
    ),
  )
  const invite = async (role: Role, name: string) =>
    (
      await createInvitation(
        server.authStore,
        { documentId, createdBy: 'admin', publicUrl: 'http://localhost', now: new Date() },
        { role, name, ...(role === 'speaker' ? { speakerId: 'p-ada' } : {}) },
      )
    ).token
  tokens = {
    secretariat: await invite('secretariat', names.secretariat),
    reviewer: await invite('reviewer', names.reviewer),
    speaker: await invite('speaker', names.speaker),
    otherReviewer: await invite('reviewer', names.otherReviewer),
  }
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

type Caller = keyof typeof tokens

async function call(who: Caller, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/api/docs/${documentId}/comments${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined }
}

async function threads() {
  return CommentThreads.parse((await call('secretariat', 'GET', '')).json).threads
}

async function start(who: Caller, quote = 'budget', occurrence?: number) {
  const { status, json } = await call(who, 'POST', '', {
    quote,
    body: `A question from ${who}.`,
    ...(occurrence ? { occurrence } : {}),
  })
  expect(status, JSON.stringify(json)).toBe(201)
  return CreatedThread.parse(json).id
}

const reasonOf = (json: unknown) => ErrorBody.parse(json).error

describe('the comments API', () => {
  it('anchors a thread on the chosen occurrence, and connected clients get it live', async () => {
    const clerk = connectClient(server.wsUrl, documentId, { bearer: tokens.secretariat })
    clients.push(clerk)
    await clerk.synced
    const id = await start('reviewer', 'budget', 2)
    await waitFor(
      () => clerk.doc.getMap(COMMENTS_MAP_NAME).has(`thread:${id}`),
      'the thread to arrive live',
    )
    const [thread] = await threads()
    expect(thread).toMatchObject({
      id,
      quote: 'budget',
      detached: false,
      resolved: false,
      comments: [
        {
          author: { name: names.reviewer, role: 'reviewer' },
          body: 'A question from reviewer.',
          deleted: false,
        },
      ],
    })
    expect(thread?.comments[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/)

    // The text it was on goes: the thread stays, detached, with its quote.
    const section = clerk.doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(1) as Y.XmlElement
    const text = (section.get(0) as Y.XmlElement).get(0) as Y.XmlText
    text.delete(0, 'The budget was'.length)
    await waitFor(async () => (await threads())[0]?.detached === true, 'the thread to detach')
    expect((await threads())[0]?.quote).toBe('budget')
  })

  it('lets every role start, reply, resolve, reopen, edit and delete its own until publication', async () => {
    for (const who of ['secretariat', 'reviewer', 'speaker'] as const) {
      const id = await start(who)
      expect((await call(who, 'POST', `/${id}/replies`, { body: 'And more.' })).status).toBe(204)
      expect((await call(who, 'POST', `/${id}/resolve`)).status).toBe(204)
      expect((await call(who, 'POST', `/${id}/reopen`)).status).toBe(204)
      const thread = (await threads()).find((each) => each.id === id)!
      const [first, second] = thread.comments
      expect((await call(who, 'PATCH', `/${id}/${first!.id}`, { body: 'Edited.' })).status).toBe(
        204,
      )
      expect((await call(who, 'DELETE', `/${id}/${second!.id}`)).status).toBe(204)
      const after = (await threads()).find((each) => each.id === id)!
      expect(after.comments.map(({ body, deleted }) => ({ body, deleted }))).toEqual([
        { body: 'Edited.', deleted: false },
        { body: '', deleted: true },
      ])
      expect(after.comments[0]?.editedAt).toBeDefined()
    }

    const open = await start('reviewer')
    await server.registry.setStatus(documentId, 'published')
    for (const who of ['secretariat', 'reviewer', 'speaker'] as const) {
      const refused = [
        await call(who, 'POST', '', { quote: 'budget', body: 'Late.' }),
        await call(who, 'POST', `/${open}/replies`, { body: 'Late.' }),
        await call(who, 'POST', `/${open}/resolve`),
      ]
      for (const { status, json } of refused) {
        expect(status).toBe(403)
        expect(reasonOf(json)).toMatch(/published/)
      }
    }
    expect((await threads()).find((each) => each.id === open)?.comments).toHaveLength(1)
  })

  it("refuses edits and deletions of another's comment with a reason, and changes nothing", async () => {
    const id = await start('reviewer')
    const [comment] = (await threads())[0]!.comments
    for (const who of ['otherReviewer', 'secretariat'] as const) {
      const edit = await call(who, 'PATCH', `/${id}/${comment!.id}`, { body: 'Not yours.' })
      expect(edit.status).toBe(403)
      expect(reasonOf(edit.json)).toMatch(/your own/)
      const removal = await call(who, 'DELETE', `/${id}/${comment!.id}`)
      expect(removal.status).toBe(403)
    }
    expect((await threads())[0]?.comments[0]?.body).toBe('A question from reviewer.')
    // Anyone who may comment resolves.
    expect((await call('otherReviewer', 'POST', `/${id}/resolve`)).status).toBe(204)
  })

  it('answers 400 for a quote that is not there or a bad body, 404 for no such thread', async () => {
    const missing = await call('reviewer', 'POST', '', { quote: 'surplus', body: 'Where?' })
    expect(missing.status).toBe(400)
    expect(reasonOf(missing.json)).toMatch(/do not say "surplus"/)
    expect(
      (await call('reviewer', 'POST', '', { quote: 'budget', body: 'x', occurrence: 3 })).status,
    ).toBe(400)
    const long = 'x'.repeat(maxCommentBodyLength + 1)
    const tooLong = await call('reviewer', 'POST', '', { quote: 'budget', body: long })
    expect(tooLong.status).toBe(400)
    expect(reasonOf(tooLong.json)).toMatch(/longer than/)
    const extra = await call('reviewer', 'POST', '', { quote: 'budget', body: 'x', author: 'Sam' })
    expect(extra.status).toBe(400)
    expect((await call('reviewer', 'POST', '/nothread/replies', { body: 'x' })).status).toBe(404)
    expect((await call('reviewer', 'POST', '/nothread/resolve')).status).toBe(404)
    expect(await threads()).toEqual([])
  })
})
