import { ActionsRegister, CreatedDocument, ErrorBody } from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createInvitation } from '../auth/createInvitation'
import { readMinutes } from '../documents/readMinutes'
import { mattersArisingHeading } from '../minutes/mattersArising'
import { connectClient, type TestClient, waitFor } from '../testing/connectClient'
import { meetingState } from '../testing/meetingMinutes'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let server: TestServer
const clients: TestClient[] = []

beforeEach(async () => {
  server = await startTestServer({ unloadDelayMs: 50 })
  await server.store.createSeries({ id: 'board', title: 'Trust board' })
  await server.store.createDocument({
    id: 'january',
    title: 'January board',
    seriesId: 'board',
    initialState: meetingState({
      date: '2025-01-20',
      actions: [
        {
          text: 'Write to the minister.',
          ownerId: 'p-clerk',
          dueDate: '2025-02-01',
          status: 'open',
        },
        { text: 'Book the hall.', status: 'done' },
        { text: 'Count the playgrounds.', ownerId: 'p-massey', status: 'inProgress' },
      ],
    }),
  })
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

const headers = () => ({
  authorization: `Bearer ${server.adminToken}`,
  'content-type': 'application/json',
})

async function nextMeeting(title: string, body: object = {}) {
  const response = await fetch(`${server.url}/api/docs`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ title, seriesId: 'board', carryOpenActions: true, ...body }),
  })
  expect(response.status).toBe(201)
  return CreatedDocument.parse(await response.json()).id
}

async function actions(status?: string) {
  const query = status === undefined ? '' : `?status=${status}`
  const response = await fetch(`${server.url}/api/series/board/actions${query}`, {
    headers: headers(),
  })
  expect(response.status).toBe(200)
  return ActionsRegister.parse(await response.json()).actions
}

describe('actions carried over to the next meeting', () => {
  it("start the next meeting's minutes under Matters arising, each linked to where it was agreed", async () => {
    const february = await nextMeeting('February board')
    const stored = await readMinutes(server.store, february)
    const [heading, ...items] = stored?.content.content ?? []
    expect(heading).toMatchObject({ type: 'heading', content: [{ text: mattersArisingHeading }] })
    const january = await actions()
    const blockOf = (number: string) => january.find((action) => action.number === number)?.blockId
    expect(items).toEqual([
      {
        type: 'actionItem',
        attrs: expect.objectContaining({
          ownerId: 'p-clerk',
          dueDate: '2025-02-01',
          status: 'open',
        }),
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Write to the minister. ' },
              {
                type: 'text',
                text: '(agreed at January board, A1)',
                marks: [
                  {
                    type: 'link',
                    attrs: expect.objectContaining({ href: `/d/january?block=${blockOf('A1')}` }),
                  },
                ],
              },
            ],
          },
        ],
      },
      expect.objectContaining({
        type: 'actionItem',
        attrs: expect.objectContaining({ ownerId: 'p-massey', status: 'inProgress' }),
      }),
    ])
    // The owners come with them, so the new minutes name them.
    expect(stored?.people.map(({ id }) => id).sort()).toEqual(['p-clerk', 'p-massey'])
  })

  it('are listed once, where agreed, and closing one in the later minutes closes it in the register', async () => {
    const february = await nextMeeting('February board')
    expect(
      (await actions('open')).map(({ number, carriedTo }) => [
        number,
        carriedTo.map((c) => c.number),
      ]),
    ).toEqual([
      ['A1', ['A1']],
      ['A3', ['A2']],
    ])
    expect((await actions('all')).map(({ number, status }) => [number, status])).toEqual([
      ['A1', 'open'],
      ['A2', 'done'],
      ['A3', 'inProgress'],
    ])

    // Closed where it was carried, as the editor's status chip does.
    const client = connectClient(server.wsUrl, february, { bearer: server.adminToken })
    clients.push(client)
    await client.synced
    const copy = client.doc
      .getXmlFragment('default')
      .toArray()
      .find(
        (node): node is Y.XmlElement =>
          node instanceof Y.XmlElement && node.nodeName === 'actionItem',
      )
    copy?.setAttribute('status', 'done')
    await waitFor(async () => (await actions('open')).length === 1, 'the action to close')
    expect((await actions('open')).map(({ number }) => number)).toEqual(['A3'])
    expect((await actions()).find(({ number }) => number === 'A1')).toMatchObject({
      status: 'done',
      carriedTo: [{ documentId: february, meetingTitle: 'February board', number: 'A1' }],
    })

    // Carried again, an action still links to the meeting that agreed it.
    const march = await nextMeeting('March board')
    const stored = await readMinutes(server.store, march)
    const texts = (stored?.content.content ?? [])
      .slice(1)
      .map((item) => (item.content?.[0]?.content ?? []).map((text) => text.text).join(''))
    expect(texts).toEqual(['Count the playgrounds. (agreed at January board, A3)'])
    expect((await actions('open'))[0]?.carriedTo.map(({ meetingTitle }) => meetingTitle)).toEqual([
      'February board',
      'March board',
    ])
  })

  it('starts empty minutes when nothing is open, and refuses a carry-over without a series', async () => {
    await server.store.createSeries({ id: 'empty', title: 'New committee' })
    const response = await fetch(`${server.url}/api/docs`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ title: 'First', seriesId: 'empty', carryOpenActions: true }),
    })
    expect(response.status).toBe(201)
    const { id } = CreatedDocument.parse(await response.json())
    expect(await server.store.loadUpdates(id)).toEqual([])
    for (const body of [
      { title: 'x', carryOpenActions: true },
      { title: 'x', seriesId: null, carryOpenActions: true },
      { title: 'x', seriesId: 'board', carryOpenActions: 'yes' },
    ]) {
      const refused = await fetch(`${server.url}/api/docs`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify(body),
      })
      expect(refused.status, JSON.stringify(body)).toBe(400)
      ErrorBody.parse(await refused.json())
    }
  })
})

describe('GET /api/series/:id/actions refuses', () => {
  it('unknown filters and series, invitations and nobody', async () => {
    const bad = await fetch(`${server.url}/api/series/board/actions?status=closed`, {
      headers: headers(),
    })
    expect(bad.status).toBe(400)
    expect(ErrorBody.parse(await bad.json()).error).toBe('The status must be open or all.')
    const unknown = await fetch(`${server.url}/api/series/nothing/actions`, { headers: headers() })
    expect(unknown.status).toBe(404)
    for (const role of ['secretariat', 'reviewer'] as const) {
      const { token } = await createInvitation(
        server.authStore,
        {
          documentId: 'january',
          createdBy: 'admin',
          publicUrl: 'http://localhost',
          now: new Date(),
        },
        { role },
      )
      const invited = await fetch(`${server.url}/api/series/board/actions?status=open`, {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(invited.status).toBe(403)
    }
    expect((await fetch(`${server.url}/api/series/board/actions`)).status).toBe(401)
  })
})
