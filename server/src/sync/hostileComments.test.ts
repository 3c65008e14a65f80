import type { WorkflowStatus } from '@minutes/permissions'
import { CloseCode } from '@minutes/protocol'
import {
  COMMENTS_MAP_NAME,
  CONTENT_FRAGMENT_NAME,
  type CommentAuthor,
  type CommentThread,
  commentKey,
  maxCommentBodyLength,
  maxCommentsPerThread,
  type ThreadComment,
  threadKey,
} from '@minutes/schema'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import type { JSONContent } from '@tiptap/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { connectClient, paragraphs, type TestClient, waitFor } from '../testing/connectClient'
import { type CraftedContent, craftUpdate } from '../testing/craftUpdate'
import { accessFromQuery, sendUpdateAs, syncedState } from '../testing/sendUpdateAs'
import { startTestServer, type TestServer } from '../testing/startTestServer'

const minutes: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Opening remarks on the budget.'),
    speakerSection('p-ada', paragraph('Ada spoke first.')),
  ],
}
const people = [{ id: 'p-ada', name: 'Ada Lovell' }]

/** The identities `accessFromQuery` gives each test connection. */
const as = (role: string): CommentAuthor => ({
  id: `test:${role}`,
  name: `Test ${role}`,
  role: role.startsWith('speaker') ? 'speaker' : (role as CommentAuthor['role']),
})
const secretariat = as('secretariat')
const reviewer = as('reviewer')
const moment = 1_790_000_000_000
/** An encoded relative position, as the editor anchors a thread. */
const anchorAt = (clock: number) =>
  Buffer.from(
    Y.encodeRelativePosition(Y.createRelativePositionFromJSON({ item: { client: 1, clock } })),
  ).toString('base64')

function threadOf(id: string, author: CommentAuthor): CommentThread {
  return {
    id,
    start: anchorAt(4),
    end: anchorAt(9),
    quote: 'the budget',
    createdAt: moment,
    author,
    resolved: null,
  }
}

function commentOf(threadId: string, id: string, author: CommentAuthor, body = 'Why?') {
  const comment: ThreadComment = {
    id,
    threadId,
    author,
    body,
    createdAt: moment,
    editedAt: null,
    deleted: false,
    mentions: [],
  }
  return comment
}

function startThread(map: Y.Map<unknown>, id: string, author: CommentAuthor, body = 'Why?') {
  map.doc!.transact(() => {
    map.set(threadKey(id), threadOf(id, author))
    map.set(commentKey(id, `${id}-c1`), commentOf(id, `${id}-c1`, author, body))
  })
}

let server: TestServer
let documentId: string
const clients: TestClient[] = []

beforeEach(async () => {
  server = await startTestServer({ unloadDelayMs: 50 }, undefined, accessFromQuery)
  documentId = await server.createDocument('Comments', encodeMinutesState(minutes, people))
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

async function setStatus(status: WorkflowStatus) {
  await server.registry.setStatus(documentId, status)
}

function connect(role: string, target = documentId): TestClient {
  const client = connectClient(server.wsUrl, target, { params: { as: role } })
  clients.push(client)
  return client
}

const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>(COMMENTS_MAP_NAME)

/** An edit of a copy of the stored document, as its own client would send it. */
async function editOfStored(change: (map: Y.Map<unknown>, doc: Y.Doc) => void) {
  const doc = new Y.Doc()
  for (const update of await server.store.loadUpdates(documentId)) Y.applyUpdate(doc, update)
  const before = Y.encodeStateVector(doc)
  change(commentsOf(doc), doc)
  return Y.encodeStateAsUpdate(doc, before)
}

/** Has `role`'s stock client write a thread and waits until the server stored it. */
async function storeThread(role: string, id: string) {
  const client = connect(role)
  await client.synced
  startThread(commentsOf(client.doc), id, as(role))
  await waitFor(
    async () => commentsOf(await syncedState(server, documentId)).has(threadKey(id)),
    `the thread ${id} to be stored`,
  )
}

/** Expects the update refused (4403), nothing stored, nothing pending, nothing broadcast. */
async function expectRefused(role: string, update: Uint8Array, reason: RegExp) {
  const lease = await server.registry.acquire(documentId)
  await lease.document.whenDurable()
  const bystander = connect('secretariat')
  await bystander.synced
  const heard: Uint8Array[] = []
  bystander.doc.on('update', (update: Uint8Array) => heard.push(update))
  try {
    const before = await server.store.loadUpdates(documentId)
    const { closed, denials } = await sendUpdateAs(server, documentId, role, update)
    const { code } = await closed
    expect(code).toBe(CloseCode.updateRefused)
    expect(denials[0]).toMatch(reason)
    expect(await server.store.loadUpdates(documentId)).toEqual(before)
    expect([lease.document.doc.store.pendingStructs, lease.document.doc.store.pendingDs]).toEqual([
      null,
      null,
    ])
    await syncedState(server, documentId)
    expect(heard).toEqual([])
  } finally {
    lease.release()
  }
}

async function expectStored(role: string, update: Uint8Array) {
  const before = (await server.store.loadUpdates(documentId)).length
  const { socket, closed } = await sendUpdateAs(server, documentId, role, update)
  await waitFor(
    async () => (await server.store.loadUpdates(documentId)).length > before,
    'the update to be stored',
  )
  socket.close()
  expect((await closed).code).not.toBe(CloseCode.updateRefused)
}

describe('honest comment threads', () => {
  it('a reviewer comments, the clerk sees it live and replies, the reviewer resolves', async () => {
    const rob = connect('reviewer')
    const clerk = connect('secretariat')
    await Promise.all([rob.synced, clerk.synced])
    startThread(commentsOf(rob.doc), 't1', reviewer, 'Is the budget figure right?')
    await waitFor(() => commentsOf(clerk.doc).has(commentKey('t1', 't1-c1')), 'the clerk to see')

    commentsOf(clerk.doc).set(commentKey('t1', 'c2'), commentOf('t1', 'c2', secretariat, 'Yes.'))
    await waitFor(() => commentsOf(rob.doc).has(commentKey('t1', 'c2')), 'the reviewer to see')

    const resolved = { ...threadOf('t1', reviewer), resolved: { by: reviewer, at: moment + 1 } }
    commentsOf(rob.doc).set(threadKey('t1'), resolved)
    await waitFor(
      () => (commentsOf(clerk.doc).get(threadKey('t1')) as CommentThread).resolved !== null,
      'the clerk to see the resolution',
    )
    const stored = commentsOf(await syncedState(server, documentId))
    expect(stored.get(threadKey('t1'))).toEqual(resolved)
    expect(stored.get(commentKey('t1', 'c2'))).toMatchObject({ author: secretariat, body: 'Yes.' })
  })

  it('lets a speaker comment on a draft and a reviewer on approved minutes', async () => {
    await expectStored(
      'speaker:p-ada',
      await editOfStored((map) => startThread(map, 's1', as('speaker:p-ada'))),
    )
    await setStatus('approved')
    await expectStored('reviewer', await editOfStored((map) => startThread(map, 'r1', reviewer)))
  })

  it('lets authors edit and delete their own comments, and anyone resolve and reopen', async () => {
    await storeThread('secretariat', 't1')
    const key = commentKey('t1', 't1-c1')
    const edit = { ...commentOf('t1', 't1-c1', secretariat, 'Why not?'), editedAt: moment + 5 }
    await expectStored('secretariat', await editOfStored((map) => map.set(key, edit)))
    const gone = { ...edit, body: '', deleted: true }
    await expectStored('secretariat', await editOfStored((map) => map.set(key, gone)))
    const resolved = { ...threadOf('t1', secretariat), resolved: { by: reviewer, at: moment } }
    await expectStored('reviewer', await editOfStored((map) => map.set(threadKey('t1'), resolved)))
    await expectStored(
      'speaker:p-ada',
      await editOfStored((map) => map.set(threadKey('t1'), threadOf('t1', secretariat))),
    )
    const stored = commentsOf(await syncedState(server, documentId))
    expect(stored.get(key)).toEqual(gone)
    expect(stored.get(threadKey('t1'))).toEqual(threadOf('t1', secretariat))
  })
})

describe('forged identity', () => {
  it("refuses a thread, a reply or a resolution in someone else's name", async () => {
    await expectRefused(
      'reviewer',
      await editOfStored((map) => startThread(map, 't1', secretariat)),
      /own name/,
    )
    await expectRefused(
      'reviewer',
      await editOfStored((map) => startThread(map, 't1', { ...reviewer, name: 'The Chair' })),
      /own name/,
    )
    await expectRefused(
      'reviewer',
      await editOfStored((map) => startThread(map, 't1', { ...reviewer, role: 'secretariat' })),
      /own name/,
    )
    await storeThread('secretariat', 't2')
    await expectRefused(
      'reviewer',
      await editOfStored((map) =>
        map.set(commentKey('t2', 'c2'), commentOf('t2', 'c2', secretariat, 'Agreed.')),
      ),
      /own name/,
    )
    const resolvedAsClerk = {
      ...threadOf('t2', secretariat),
      resolved: { by: secretariat, at: moment },
    }
    await expectRefused(
      'reviewer',
      await editOfStored((map) => map.set(threadKey('t2'), resolvedAsClerk)),
      /own name/,
    )
  })

  it("refuses edits and deletions of another's comment, however they are written", async () => {
    await storeThread('secretariat', 't1')
    const key = commentKey('t1', 't1-c1')
    const edited = { ...commentOf('t1', 't1-c1', secretariat, 'I was wrong.'), editedAt: moment }
    await expectRefused('reviewer', await editOfStored((map) => map.set(key, edited)), /your own/)
    const deleted = { ...edited, body: '', deleted: true }
    await expectRefused('reviewer', await editOfStored((map) => map.set(key, deleted)), /your own/)
    await expectRefused(
      'reviewer',
      await editOfStored((map) => map.delete(key)),
      /marking them deleted/,
    )
    // Not even the secretariat removes a comment from the map, nor its own.
    await expectRefused(
      'secretariat',
      await editOfStored((map) => map.delete(key)),
      /marking them deleted/,
    )
    await expectRefused(
      'reviewer',
      await editOfStored((map) => map.set(key, { ...edited, author: reviewer })),
      /keeps its thread, author/,
    )
    const moved = { ...threadOf('t1', secretariat), quote: 'something else' }
    await expectRefused(
      'secretariat',
      await editOfStored((map) => map.set(threadKey('t1'), moved)),
      /keeps its place/,
    )
    const stored = commentsOf(await syncedState(server, documentId))
    expect(stored.get(key)).toEqual(commentOf('t1', 't1-c1', secretariat))
  })
})

describe('nothing but comments through the comments path', () => {
  it('refuses a reviewer smuggling a content edit beside a comment', async () => {
    const smuggled = await editOfStored((map, doc) => {
      doc.transact(() => {
        startThread(map, 't1', reviewer)
        const first = doc.getXmlFragment(CONTENT_FRAGMENT_NAME).get(0) as Y.XmlElement
        ;(first.get(0) as Y.XmlText).insert(0, 'SMUGGLED ')
      })
    })
    await expectRefused('reviewer', smuggled, /Reviewers comment/)
    const state = await syncedState(server, documentId)
    expect(paragraphs(state)[0]).toBe('Opening remarks on the budget.')
    expect(commentsOf(state).size).toBe(0)
  })

  it('refuses keys and values that are not threads or comments', async () => {
    await expectRefused(
      'secretariat',
      await editOfStored((map) => map.set('status', 'published')),
      /not a thread or a comment/,
    )
    await expectRefused(
      'secretariat',
      await editOfStored((map) => map.set(threadKey('t1'), threadOf('t2', secretariat))),
      /own ids/,
    )
    await expectRefused(
      'secretariat',
      await editOfStored((map) => map.set(threadKey('__proto__'), threadOf('x', secretariat))),
      /not a thread or a comment/,
    )
  })

  it('refuses every struct kind but one plain value at a thread key', async () => {
    const kinds: CraftedContent[] = [
      { string: 'hello' },
      { json: [{ id: 't1' }] },
      { binary: new Uint8Array([1, 2, 3]) },
      { embed: { id: 't1' } },
      { format: { key: 'bold', value: true } },
      { type: 'map' },
      { type: 'array' },
      { type: 'text' },
      { element: 'paragraph' },
      { doc: 'another-document' },
      { any: [threadOf('t1', reviewer), threadOf('t1', reviewer)] },
      { deleted: 1 },
    ]
    let client = 7000
    for (const content of kinds) {
      client += 1
      const update = craftUpdate([
        {
          client,
          clock: 0,
          structs: [
            {
              kind: 'item',
              parent: { root: COMMENTS_MAP_NAME },
              parentSub: threadKey('t1'),
              content,
            },
          ],
        },
      ])
      await expectRefused('reviewer', update, /./)
    }
    const listItem = craftUpdate([
      {
        client: 7100,
        clock: 0,
        structs: [
          { kind: 'item', parent: { root: COMMENTS_MAP_NAME }, content: { any: ['loose'] } },
        ],
      },
    ])
    await expectRefused('reviewer', listItem, /named values/)
    const filler = craftUpdate([{ client: 7101, clock: 0, structs: [{ kind: 'gc', length: 3 }] }])
    await expectRefused('reviewer', filler, /Reviewers/)
  })

  it('refuses a value written over a thread it has not seen, or placed against the order', async () => {
    await storeThread('secretariat', 't1')
    const stored = await syncedState(server, documentId)
    const item = (commentsOf(stored) as unknown as { _map: Map<string, Y.Item> })._map.get(
      threadKey('t1'),
    )!
    const resolved = { ...threadOf('t1', secretariat), resolved: { by: reviewer, at: moment } }
    const blind = craftUpdate([
      {
        client: 7200,
        clock: 0,
        structs: [
          {
            kind: 'item',
            parent: { root: COMMENTS_MAP_NAME },
            parentSub: threadKey('t1'),
            content: { any: [resolved] },
          },
        ],
      },
    ])
    await expectRefused('reviewer', blind, /has not seen/)
    const backwards = craftUpdate([
      {
        client: 7201,
        clock: 0,
        structs: [
          {
            kind: 'item',
            rightOrigin: [item.id.client, item.id.clock],
            content: { any: [resolved] },
          },
        ],
      },
    ])
    await expectRefused('reviewer', backwards, /out of order/)
  })
})

describe('limits, status and other documents', () => {
  it('refuses an oversized comment and more comments than a thread holds', async () => {
    const long = 'x'.repeat(maxCommentBodyLength + 1)
    await expectRefused(
      'reviewer',
      await editOfStored((map) => startThread(map, 't1', reviewer, long)),
      /longer than/,
    )
    const crowded = await editOfStored((map) =>
      map.doc!.transact(() => {
        startThread(map, 't2', reviewer)
        for (let index = 0; index < maxCommentsPerThread; index++) {
          map.set(commentKey('t2', `x${index}`), commentOf('t2', `x${index}`, reviewer))
        }
      }),
    )
    await expectRefused('reviewer', crowded, /at most/)
  })

  it('refuses every comment write on published minutes, from the secretariat too', async () => {
    await storeThread('reviewer', 't1')
    await setStatus('published')
    await expectRefused(
      'secretariat',
      await editOfStored((map) => startThread(map, 't2', secretariat)),
      /published/,
    )
    const reopen = { ...threadOf('t1', reviewer), resolved: { by: reviewer, at: moment } }
    await expectRefused(
      'reviewer',
      await editOfStored((map) => map.set(threadKey('t1'), reopen)),
      /published/,
    )
  })

  it('refuses a reply to a thread of another document, or to one that does not exist', async () => {
    const otherId = await server.createDocument('Other', encodeMinutesState(minutes, people))
    const other = connect('reviewer', otherId)
    await other.synced
    startThread(commentsOf(other.doc), 'elsewhere', reviewer)
    await waitFor(async () => {
      const lease = await server.registry.acquire(otherId)
      try {
        return commentsOf(lease.document.doc).has(threadKey('elsewhere'))
      } finally {
        lease.release()
      }
    }, 'the other document to hold its thread')
    await expectRefused(
      'reviewer',
      await editOfStored((map) =>
        map.set(commentKey('elsewhere', 'c9'), commentOf('elsewhere', 'c9', reviewer)),
      ),
      /thread this document does not have/,
    )
  })
})
