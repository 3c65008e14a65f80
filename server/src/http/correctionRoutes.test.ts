import type { Role } from '@minutes/permissions'
import { AuditTrail, CorrectionList, CorrectionView, ErrorBody } from '@minutes/protocol'
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
let otherDocumentId: string
let tokens: Record<
  'clerk' | 'ada' | 'bo' | 'reviewer' | 'speakerWithoutSection' | 'otherDocument',
  string
>
const clients: TestClient[] = []

const firstText = {
  opening: 'The chair opened the meeting.',
  ada: 'We need ten more staff.',
  bo: 'The budget is final.',
}

async function invite(document: string, role: Role, name: string, speakerId?: string) {
  const { token } = await createInvitation(
    server.authStore,
    { documentId: document, createdBy: 'admin', publicUrl: 'http://localhost', now: new Date() },
    { role, name, ...(speakerId ? { speakerId } : {}) },
  )
  return token
}

beforeEach(async () => {
  server = await startTestServer({ unloadDelayMs: 50 })
  const state = () =>
    encodeMinutesState(
      {
        type: 'doc',
        content: [
          paragraph(firstText.opening),
          speakerSection('p-ada', paragraph(firstText.ada)),
          speakerSection('p-bo', paragraph(firstText.bo)),
        ],
      },
      [
        { id: 'p-ada', name: 'Ada Lovell' },
        { id: 'p-bo', name: 'Bo Brant' },
        { id: 'p-cy', name: 'Cy Quiet' },
      ],
    )
  documentId = await server.createDocument('Corrections', state())
  otherDocumentId = await server.createDocument('Another', state())
  tokens = {
    clerk: await invite(documentId, 'secretariat', 'Clara Clerk'),
    ada: await invite(documentId, 'speaker', 'Ada Lovell', 'p-ada'),
    bo: await invite(documentId, 'speaker', 'Bo Brant', 'p-bo'),
    reviewer: await invite(documentId, 'reviewer', 'Rita Reviewer'),
    speakerWithoutSection: await invite(documentId, 'speaker', 'Cy Quiet', 'p-cy'),
    otherDocument: await invite(otherDocumentId, 'secretariat', 'Elsewhere Clerk'),
  }
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

type Caller = keyof typeof tokens | 'admin' | 'nobody'

async function call(who: Caller, method: string, route: string, body?: unknown, id = documentId) {
  const token = who === 'admin' ? server.adminToken : who === 'nobody' ? 'not-a-token' : tokens[who]
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
  return { status: response.status, json }
}

async function connect(who: keyof typeof tokens) {
  const client = connectClient(server.wsUrl, documentId, { bearer: tokens[who] })
  clients.push(client)
  await client.synced
  return client
}

/** The text of the `index`-th top-level block (the first paragraph of a section). */
function textAt(doc: Y.Doc, index: number): Y.XmlText {
  let element = doc.getXmlFragment('default').get(index) as Y.XmlElement
  if (element.nodeName !== 'paragraph') element = element.get(0) as Y.XmlElement
  return element.get(0) as Y.XmlText
}

const texts = (doc: Y.Doc) => [0, 1, 2].map((index) => textAt(doc, index).toString())

async function circulate() {
  const { status } = await call('clerk', 'POST', '/status', { status: 'circulated' })
  expect(status).toBe(200)
}

async function corrections(who: Caller = 'clerk') {
  const { status, json } = await call(who, 'GET', '/corrections')
  expect(status).toBe(200)
  return CorrectionList.parse(json)
}

/** Waits until the server lists `count` corrections: every edit is stored. */
async function listed(count: number) {
  let list = await corrections()
  await waitFor(async () => {
    list = await corrections()
    return list.corrections.length === count
  }, `${count} corrections to be listed`)
  return list
}

/** Two speakers correct their sections while the clerk edits the opening and Bo's section. */
async function correctionRound() {
  await circulate()
  const [clerk, ada, bo] = [await connect('clerk'), await connect('ada'), await connect('bo')]
  // Ada changes "ten" to "twelve" a keystroke at a time.
  const adaText = textAt(ada.doc, 1)
  adaText.delete(8, 3)
  for (const [index, character] of [...'twelve'].entries()) adaText.insert(8 + index, character)
  // Bo adds a clause; the clerk edits the opening and, later, the end of Bo's section.
  textAt(bo.doc, 2).insert(19, ' for this year')
  textAt(clerk.doc, 0).insert(0, 'At ten, ')
  await waitFor(() => texts(clerk.doc)[2]?.includes('this year') === true, 'Bo’s clause')
  textAt(clerk.doc, 2).insert(textAt(clerk.doc, 2).length, ' (unanimous)')
  // Everyone has every edit through the server, so the server holds them all.
  const final = [
    `At ten, ${firstText.opening}`,
    'We need twelve more staff.',
    'The budget is final for this year. (unanimous)',
  ]
  for (const client of [clerk, ada, bo]) {
    await waitFor(
      () => JSON.stringify(texts(client.doc)) === JSON.stringify(final),
      'every edit to reach everyone',
    )
  }
  const list = await listed(3)
  return { clerk, ada, bo, list }
}

describe('corrections over HTTP', () => {
  it('lists nothing before circulation', async () => {
    expect(await corrections()).toEqual({ since: null, corrections: [] })
  })

  it('attributes each change to its person, and reverts one leaving the others intact', async () => {
    const { clerk, ada, bo, list } = await correctionRound()
    expect(list.since).not.toBeNull()
    const summary = list.corrections.map(({ speakerId, author, inserted, deleted, state }) => ({
      speakerId,
      author: author.name,
      inserted,
      deleted,
      state,
    }))
    expect(summary).toEqual([
      {
        speakerId: 'p-ada',
        author: 'Ada Lovell',
        inserted: 'twelve',
        deleted: 'ten',
        state: 'pending',
      },
      {
        speakerId: 'p-bo',
        author: 'Bo Brant',
        inserted: ' for this year',
        deleted: '',
        state: 'pending',
      },
      {
        speakerId: 'p-bo',
        author: 'Clara Clerk',
        inserted: ' (unanimous)',
        deleted: '',
        state: 'pending',
      },
    ])
    // Speakers see their own sections' corrections, read-only.
    expect((await corrections('ada')).corrections.map(({ inserted }) => inserted)).toEqual([
      'twelve',
    ])
    expect((await corrections('bo')).corrections).toHaveLength(2)

    const [adas, bos] = list.corrections
    const reverted = await call('clerk', 'POST', `/corrections/${adas?.id}`, { decision: 'revert' })
    expect(reverted.status).toBe(200)
    expect(CorrectionView.parse(reverted.json)).toMatchObject({
      state: 'reverted',
      inserted: 'twelve',
    })
    const expected = [
      `At ten, ${firstText.opening}`,
      firstText.ada,
      'The budget is final for this year. (unanimous)',
    ]
    for (const client of [clerk, ada, bo]) {
      await waitFor(
        () => JSON.stringify(texts(client.doc)) === JSON.stringify(expected),
        'everyone to receive the revert',
      )
    }

    const accepted = await call('clerk', 'POST', `/corrections/${bos?.id}`, {
      decision: 'accept',
      class: 'factual',
    })
    expect(accepted.status).toBe(200)
    expect(CorrectionView.parse(accepted.json)).toMatchObject({
      state: 'accepted',
      class: 'factual',
    })

    // The revert wrote "ten" again: no new correction; the decided ones keep their state.
    const after = await corrections()
    expect(
      after.corrections.map(({ inserted, state, class: kind }) => [inserted, state, kind]),
    ).toEqual([
      ['twelve', 'reverted', undefined],
      [' for this year', 'accepted', 'factual'],
      [' (unanimous)', 'pending', undefined],
    ])

    // Decided once: a replay is a conflict and changes nothing.
    for (const body of [{ decision: 'revert' }, { decision: 'accept', class: 'reporting' }]) {
      const again = await call('clerk', 'POST', `/corrections/${adas?.id}`, body)
      expect(again.status).toBe(409)
      ErrorBody.parse(again.json)
    }
    expect(texts(clerk.doc)).toEqual(expected)

    const audit = AuditTrail.parse((await call('clerk', 'GET', '/audit')).json)
    expect(audit.events.map(({ kind, detail }) => [kind, detail])).toEqual(
      expect.arrayContaining([
        [
          'correction-reverted',
          'Reverted the correction by Ada Lovell: changed “ten” to “twelve”.',
        ],
        [
          'correction-accepted',
          'Accepted as a factual correction the correction by Bo Brant: added “ for this year”.',
        ],
      ]),
    )
  })

  it('accepts new material as a footnote at its place, in the document and every export', async () => {
    const { clerk, ada, bo, list } = await correctionRound()
    const bos = list.corrections[1]
    const accepted = await call('clerk', 'POST', `/corrections/${bos?.id}`, {
      decision: 'accept',
      class: 'newMaterial',
    })
    expect(accepted.status).toBe(200)
    expect(CorrectionView.parse(accepted.json)).toMatchObject({
      state: 'accepted',
      class: 'newMaterial',
      inserted: ' for this year',
    })
    const section = (doc: Y.Doc) =>
      (doc.getXmlFragment('default').get(2) as Y.XmlElement).get(0)?.toString()
    const expected =
      '<paragraph>The budget is final<footnote text="for this year"></footnote>. (unanimous)</paragraph>'
    for (const client of [clerk, ada, bo]) {
      await waitFor(() => section(client.doc) === expected, 'everyone to receive the footnote')
    }
    // The sentence written again after the footnote is no new correction.
    expect(
      (await corrections()).corrections.map(({ inserted, state }) => [inserted, state]),
    ).toEqual([
      [' for this year', 'accepted'],
      ['twelve', 'pending'],
      [' (unanimous)', 'pending'],
    ])
    const exports = {
      html: 'The budget is final<sup class="footnote-ref"><a href="#footnote-1" id="footnote-ref-1">1</a></sup>. (unanimous)',
      md: '[^1]: for this year',
      json: '{"type":"footnote","attrs":{"text":"for this year"}}',
    }
    for (const [format, expectedText] of Object.entries(exports)) {
      const { status, json } = await call('clerk', 'GET', `/export?format=${format}`)
      expect(status, format).toBe(200)
      expect(typeof json === 'string' ? json : JSON.stringify(json), format).toContain(expectedText)
    }
    for (const format of ['docx', 'pdf']) {
      const response = await fetch(`${server.url}/api/docs/${documentId}/export?format=${format}`, {
        headers: { authorization: `Bearer ${tokens.clerk}` },
      })
      expect(response.status, format).toBe(200)
      expect((await response.arrayBuffer()).byteLength, format).toBeGreaterThan(1000)
    }
  })

  it('lets only the secretariat decide, on its own document, with a well-formed body', async () => {
    const { list } = await correctionRound()
    const id = list.corrections[0]?.id ?? ''
    const accept = { decision: 'accept', class: 'reporting' }
    // Reading: the secretariat and speakers; not reviewers, not a speaker without a section.
    for (const [who, status] of [
      ['reviewer', 403],
      ['speakerWithoutSection', 200],
      ['otherDocument', 403],
      ['nobody', 401],
    ] as const) {
      expect((await call(who, 'GET', '/corrections')).status, who).toBe(status)
    }
    expect((await corrections('speakerWithoutSection')).corrections).toEqual([])
    // Deciding: nobody but the secretariat of this document.
    for (const [who, status] of [
      ['ada', 403],
      ['bo', 403],
      ['reviewer', 403],
      ['speakerWithoutSection', 403],
      ['otherDocument', 403],
      ['nobody', 401],
    ] as const) {
      for (const body of [accept, { decision: 'revert' }]) {
        const answer = await call(who, 'POST', `/corrections/${id}`, body)
        expect(answer.status, `${who} ${body.decision}`).toBe(status)
      }
    }
    // Another document's id, with this document's correction: none there.
    const elsewhere = await call('admin', 'POST', `/corrections/${id}`, accept, otherDocumentId)
    expect(elsewhere.status).toBe(404)
    // Forged ids and unknown documents.
    for (const forged of ['1-1', 'x', '99999999-0', '%2e%2e']) {
      expect((await call('clerk', 'POST', `/corrections/${forged}`, accept)).status, forged).toBe(
        404,
      )
    }
    expect((await call('admin', 'GET', '/corrections', undefined, 'no-such-doc')).status).toBe(404)
    // Malformed bodies never reach the decision.
    for (const body of [
      '{',
      '[]',
      {},
      { decision: 'accept' },
      { decision: 'accept', class: 'typo' },
      { decision: 'revert', class: 'factual' },
      { decision: 'revert', __proto__: { x: 1 }, extra: true },
      { decision: 'accept', class: 'reporting', correctionId: id },
    ]) {
      const answer = await call('clerk', 'POST', `/corrections/${id}`, body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      ErrorBody.parse(answer.json)
    }
    const oversized = await call('clerk', 'POST', `/corrections/${id}`, {
      decision: 'revert',
      padding: 'x'.repeat(70 * 1024),
    })
    expect(oversized.status).toBe(413)
    // Still pending after all that; the secretariat decides it once.
    expect((await corrections()).corrections[0]?.state).toBe('pending')
    expect((await call('clerk', 'POST', `/corrections/${id}`, accept)).status).toBe(200)
    const twice = await Promise.all([
      call('clerk', 'POST', `/corrections/${list.corrections[1]?.id}`, { decision: 'revert' }),
      call('clerk', 'POST', `/corrections/${list.corrections[1]?.id}`, { decision: 'revert' }),
    ])
    expect(twice.map(({ status }) => status).sort()).toEqual([200, 409])
  })
})
