import type { Role } from '@minutes/permissions'
import { ErrorBody, RecommendationsRegister } from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createInvitation } from '../auth/createInvitation'
import { extractSearchBlocks } from '../documents/extractSearchBlocks'
import { connectClient, type TestClient, waitFor } from '../testing/connectClient'
import { meetingState } from '../testing/meetingMinutes'
import { startTestServer, type TestServer } from '../testing/startTestServer'

let server: TestServer
let seriesId: string
const clients: TestClient[] = []
const streams: AbortController[] = []

beforeEach(async () => {
  server = await startTestServer({ unloadDelayMs: 50 })
  await server.store.createSeries({ id: 'inquiry', title: "Inquiry into children's play" })
  seriesId = 'inquiry'
  await server.store.createDocument({
    id: 'second',
    title: 'Second session',
    seriesId,
    initialState: meetingState({
      date: '2025-03-12',
      recommendations: [{ text: 'Open school grounds after hours.', addressee: 'Local councils' }],
    }),
  })
  await server.store.createDocument({
    id: 'first',
    title: 'First session',
    seriesId,
    initialState: meetingState({
      date: '2025-01-20',
      recommendations: [
        {
          text: 'Fund play streets.',
          addressee: 'Department for Education',
          proposerId: 'p-massey',
          status: 'agreed',
        },
        { text: 'Count playgrounds.', status: 'proposed' },
      ],
    }),
  })
})
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.abort()
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
})

const admin = () => ({ authorization: `Bearer ${server.adminToken}` })

async function register(): Promise<RecommendationsRegister> {
  const response = await fetch(`${server.url}/api/series/${seriesId}/recommendations`, {
    headers: admin(),
  })
  expect(response.status).toBe(200)
  return RecommendationsRegister.parse(await response.json())
}

const rows = async () =>
  (await register()).recommendations.map((row) => `${row.documentId} ${row.number} ${row.text}`)

/** Counts the `change` events the series' stream sends from now on. */
async function openStream(): Promise<{ changes: () => number }> {
  const controller = new AbortController()
  streams.push(controller)
  const response = await fetch(`${server.url}/api/series/${seriesId}/events`, {
    headers: admin(),
    signal: controller.signal,
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
  let text = ''
  const reader = response.body?.getReader()
  const decoder = new TextDecoder()
  void (async () => {
    while (reader) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
      if (done) return
      text += decoder.decode(value, { stream: true })
    }
  })()
  await waitFor(() => text.includes('event: ready'), 'the stream to open')
  return { changes: () => text.split('event: change').length - 1 }
}

async function edit(documentId: string): Promise<Y.XmlFragment> {
  const client = connectClient(server.wsUrl, documentId, { bearer: server.adminToken })
  clients.push(client)
  await client.synced
  return client.doc.getXmlFragment('default')
}

function recommendation(text: string): Y.XmlElement {
  const element = new Y.XmlElement('recommendation')
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  element.insert(0, [paragraph])
  return element
}

/** The recommendations' elements of a fragment, in order. */
const recommendationsOf = (fragment: Y.XmlFragment) =>
  fragment
    .toArray()
    .filter(
      (node): node is Y.XmlElement =>
        node instanceof Y.XmlElement && node.nodeName === 'recommendation',
    )

describe('the recommendations register of a series', () => {
  it('lists every recommendation of every meeting, meetings in date order, each with its block', async () => {
    const { recommendations } = await register()
    expect(
      recommendations.map(({ documentId, number, meetingDate }) => [
        documentId,
        number,
        meetingDate,
      ]),
    ).toEqual([
      ['first', 'R1', '2025-01-20'],
      ['first', 'R2', '2025-01-20'],
      ['second', 'R1', '2025-03-12'],
    ])
    expect(recommendations[0]).toMatchObject({
      meetingTitle: 'First session',
      text: 'Fund play streets.',
      status: 'agreed',
      proposerId: 'p-massey',
      proposer: 'Baroness Massey of Darwen',
      addressee: 'Department for Education',
      themes: [],
      mergedInto: null,
    })
    // The block ids are those search results open the minutes at.
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.mergeUpdates(await server.store.loadUpdates('first')))
    const searchable = extractSearchBlocks(doc).filter(({ kind }) => kind === 'recommendation')
    expect(recommendations.slice(0, 2).map(({ blockId }) => blockId)).toEqual(
      searchable.map(({ blockId }) => blockId),
    )
  })

  it('follows recommendations added, renumbered, edited, moved and deleted in two minutes, live', async () => {
    const stream = await openStream()
    const first = await edit('first')
    const second = await edit('second')
    let seen = stream.changes()
    const nextChange = async (what: string) => {
      await waitFor(() => stream.changes() > seen, `a change event after ${what}`)
      seen = stream.changes()
    }

    // Added before the others: they are renumbered.
    first.insert(1, [recommendation('Train play workers.')])
    await nextChange('an insertion')
    expect(await rows()).toEqual([
      'first R1 Train play workers.',
      'first R2 Fund play streets.',
      'first R3 Count playgrounds.',
      'second R1 Open school grounds after hours.',
    ])

    // Edited in the other minutes.
    const open = recommendationsOf(second)[0] as Y.XmlElement
    const words = (open.get(0) as Y.XmlElement).get(0) as Y.XmlText
    words.insert(0, 'Please ')
    second.insert(second.length, [recommendation('Publish the map.')])
    await nextChange('an edit')
    expect((await rows()).slice(3)).toEqual([
      'second R1 Please Open school grounds after hours.',
      'second R2 Publish the map.',
    ])

    // Moved (as the editor moves a block: the same content, deleted here and inserted there).
    const [train] = recommendationsOf(first)
    first.doc?.transact(() => {
      first.insert(first.length, [recommendation('Train play workers.')])
      first.delete(first.toArray().indexOf(train as Y.XmlElement), 1)
    })
    await nextChange('a move')
    expect((await rows()).slice(0, 3)).toEqual([
      'first R1 Fund play streets.',
      'first R2 Count playgrounds.',
      'first R3 Train play workers.',
    ])

    // Deleted.
    const [fund] = recommendationsOf(first)
    first.delete(first.toArray().indexOf(fund as Y.XmlElement), 1)
    await nextChange('a deletion')
    expect((await rows()).slice(0, 2)).toEqual([
      'first R1 Count playgrounds.',
      'first R2 Train play workers.',
    ])

    // Minutes that leave the series leave its register, and the page is told.
    const moved = await fetch(`${server.url}/api/docs/second`, {
      method: 'PATCH',
      headers: { ...admin(), 'content-type': 'application/json' },
      body: JSON.stringify({ seriesId: null }),
    })
    expect(moved.status).toBe(200)
    await nextChange('minutes leaving the series')
    expect((await register()).recommendations.map(({ documentId }) => documentId)).toEqual([
      'first',
      'first',
    ])
  })

  it('tells nothing of minutes outside the series', async () => {
    await server.store.createDocument({
      id: 'other',
      title: 'Other',
      initialState: meetingState({}),
    })
    const stream = await openStream()
    const other = await edit('other')
    other.insert(0, [recommendation('Elsewhere.')])
    const first = await edit('first')
    first.insert(0, [recommendation('Here.')])
    await waitFor(() => stream.changes() === 1, 'the one change of the series')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(stream.changes()).toBe(1)
  })

  it('answers an unchanged register with 304 to a page that has it', async () => {
    const url = `${server.url}/api/series/${seriesId}/recommendations`
    const response = await fetch(url, { headers: admin() })
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    const again = await fetch(url, { headers: { ...admin(), 'if-none-match': etag ?? '' } })
    expect(again.status).toBe(304)
  })
})

describe('the register refuses', () => {
  async function invite(documentId: string, role: Role) {
    const { token } = await createInvitation(
      server.authStore,
      { documentId, createdBy: 'admin', publicUrl: 'http://localhost', now: new Date() },
      { role, ...(role === 'speaker' ? { speakerId: 'p-massey' } : {}) },
    )
    return token
  }

  it('every invitation, even to one of its meetings, and nobody signed in', async () => {
    for (const role of ['secretariat', 'reviewer', 'speaker'] as const) {
      const token = await invite('first', role)
      for (const path of ['recommendations', 'recommendations?format=csv', 'events']) {
        const response = await fetch(`${server.url}/api/series/${seriesId}/${path}`, {
          headers: { authorization: `Bearer ${token}` },
        })
        expect(response.status, `${role} ${path}`).toBe(403)
        ErrorBody.parse(await response.json())
      }
    }
    const anonymous = await fetch(`${server.url}/api/series/${seriesId}/recommendations`)
    expect(anonymous.status).toBe(401)
  })

  it('unknown series and formats', async () => {
    for (const path of ['nothing/recommendations', 'nothing/events', '%2E%2E/recommendations']) {
      const response = await fetch(`${server.url}/api/series/${path}`, { headers: admin() })
      expect(response.status, path).toBe(404)
    }
    for (const format of ['xml', 'CSV', '', 'json,csv', 'pdf']) {
      const response = await fetch(
        `${server.url}/api/series/${seriesId}/recommendations?format=${format}`,
        { headers: admin() },
      )
      expect(response.status, format).toBe(400)
      expect(ErrorBody.parse(await response.json()).error).toBe(
        'The format must be json, csv or docx.',
      )
    }
  })
})

describe('the register as Word', () => {
  it('is a Word document to download', async () => {
    const response = await fetch(
      `${server.url}/api/series/${seriesId}/recommendations?format=docx`,
      { headers: admin() },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="recommendations.docx"',
    )
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    // A zip archive; what is inside is @minutes/export's test (exportRegisterDocx).
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
  })
})

describe('the register as CSV', () => {
  it('has a row per recommendation with a link to its block, and no cell a spreadsheet runs', async () => {
    await server.store.createDocument({
      id: 'hostile',
      title: '=HYPERLINK("http://evil.example","Click")',
      seriesId,
      initialState: meetingState({
        date: '2025-05-01',
        recommendations: [
          { text: '=1+2', addressee: '@SUM(A1:A9)' },
          { text: '+44 20 7946 0000', addressee: '-2+3' },
          { text: 'Say "yes", then\tstop' },
        ],
      }),
    })
    const response = await fetch(
      `${server.url}/api/series/${seriesId}/recommendations?format=csv`,
      {
        headers: admin(),
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/)
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toBe(
      '"Meeting","Date","Number","Recommendation","Proposer","Addressee","Status","Themes","Merged into","Link"',
    )
    expect(lines[1]).toMatch(
      /^"First session","2025-01-20","R1","Fund play streets\.","Baroness Massey of Darwen","Department for Education","agreed","","","http:\/\/localhost\/d\/first\?block=\d+-\d+"$/,
    )
    const hostile = lines.filter((line) => line.includes('HYPERLINK'))
    expect(hostile).toHaveLength(3)
    expect(hostile[0]).toContain(
      `"'=HYPERLINK(""http://evil.example"",""Click"")","2025-05-01","R1","'=1+2"`,
    )
    expect(hostile[0]).toContain(`"'@SUM(A1:A9)"`)
    expect(hostile[1]).toContain(`"'+44 20 7946 0000"`)
    expect(hostile[1]).toContain(`"'-2+3"`)
    expect(hostile[2]).toContain('"Say ""yes"", then\tstop"')
    // Every cell of every row is quoted, and none begins with a formula character.
    for (const line of lines.slice(1, -1)) {
      for (const cell of line.slice(1, -1).split('","')) expect(cell).not.toMatch(/^[=+\-@]/)
    }
    expect(lines.at(-1)).toBe('')
  })
})

describe('themes and duplicates noted on the register', () => {
  const note = (documentId: string, blockId: string, body: unknown, headers = {}) =>
    fetch(`${server.url}/api/series/${seriesId}/recommendations/${documentId}/${blockId}`, {
      method: 'PATCH',
      headers: { ...admin(), 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const blocks = async () => {
    const { recommendations } = await register()
    const [fund, count, open] = recommendations.map(({ documentId, blockId }) => ({
      documentId,
      blockId: blockId ?? '',
    }))
    return { fund: fund ?? { documentId: '', blockId: '' }, count, open }
  }

  it('tags themes and merges a duplicate into the recommendation that stands, live and in the CSV', async () => {
    const { fund, open } = await blocks()
    const stream = await openStream()
    const tagged = await note(fund.documentId, fund.blockId, {
      themes: [' funding ', 'streets', 'funding'],
    })
    expect(tagged.status).toBe(204)
    expect(
      (await note(open?.documentId ?? '', open?.blockId ?? '', { mergedInto: fund })).status,
    ).toBe(204)
    await waitFor(() => stream.changes() >= 1, 'the register to be told')
    const { recommendations } = await register()
    expect(recommendations.map(({ themes, mergedInto }) => ({ themes, mergedInto }))).toEqual([
      { themes: ['funding', 'streets'], mergedInto: null },
      { themes: [], mergedInto: null },
      { themes: [], mergedInto: fund },
    ])
    const csv = await (
      await fetch(`${server.url}/api/series/${seriesId}/recommendations?format=csv`, {
        headers: admin(),
      })
    ).text()
    expect(csv).toContain('"funding; streets"')
    expect(csv).toContain('"First session R1"')
    // Unmerged, and the themes kept when only the merge changes.
    await note(open?.documentId ?? '', open?.blockId ?? '', { mergedInto: null })
    await note(fund.documentId, fund.blockId, { mergedInto: null })
    expect((await register()).recommendations.map(({ themes }) => themes)).toEqual([
      ['funding', 'streets'],
      [],
      [],
    ])
  })

  it('keeps merges one step deep and refuses what is not in the register', async () => {
    const { fund, count, open } = await blocks()
    expect((await note(fund.documentId, fund.blockId, { mergedInto: fund })).status).toBe(400)
    expect(
      (await note(count?.documentId ?? '', count?.blockId ?? '', { mergedInto: fund })).status,
    ).toBe(204)
    // A chain (open → count → fund) or merging what others duplicate is refused.
    const chain = await note(open?.documentId ?? '', open?.blockId ?? '', { mergedInto: count })
    expect(chain.status).toBe(400)
    expect(ErrorBody.parse(await chain.json()).error).toMatch(/itself a duplicate/)
    const under = await note(fund.documentId, fund.blockId, { mergedInto: open })
    expect(ErrorBody.parse(await under.json()).error).toMatch(/Others are marked duplicates/)
    const elsewhere = { documentId: 'first', blockId: '999-999' }
    expect((await note(fund.documentId, fund.blockId, { mergedInto: elsewhere })).status).toBe(400)
    expect((await note('first', '999-999', { themes: ['x'] })).status).toBe(404)
    expect((await note('nothing', fund.blockId, { themes: ['x'] })).status).toBe(404)
    const unknownSeries = await fetch(
      `${server.url}/api/series/nothing/recommendations/${fund.documentId}/${fund.blockId}`,
      {
        method: 'PATCH',
        headers: { ...admin(), 'content-type': 'application/json' },
        body: JSON.stringify({ themes: ['x'] }),
      },
    )
    expect(unknownSeries.status).toBe(404)
  })

  it('refuses malformed bodies, invitations and other sites, changing nothing', async () => {
    const { fund } = await blocks()
    const refusals: [unknown, RegExp][] = [
      ['{"themes": [', /not valid JSON/],
      [{}, /Send themes, mergedInto, or both/],
      [{ themes: 'funding' }, /list of text/],
      [{ themes: [42] }, /Each theme must be text/],
      [{ themes: ['  '] }, /blank/],
      [{ themes: ['x'.repeat(41)] }, /at most 40/],
      [{ themes: Array.from({ length: 11 }, (_, index) => `t${index}`) }, /at most 10 themes/],
      [{ mergedInto: 'first' }, /mergedInto must be/],
      [{ mergedInto: { documentId: 'first' } }, /blockId must be text/],
      [{ mergedInto: { documentId: 'first', blockId: '1-2', extra: 1 } }, /mergedInto|fields/],
      [{ themes: [], owner: 'me' }, /does not take: "owner"/],
      ['{"themes": [], "__proto__": {}}', /does not take: "__proto__"/],
    ]
    for (const [body, message] of refusals) {
      const answer = await note(fund.documentId, fund.blockId, body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(ErrorBody.parse(await answer.json()).error).toMatch(message)
    }
    const crossSite = await note(
      fund.documentId,
      fund.blockId,
      { themes: ['x'] },
      {
        origin: 'https://evil.example',
      },
    )
    expect(crossSite.status).toBe(403)
    const { token } = await createInvitation(
      server.authStore,
      { documentId: 'first', createdBy: 'admin', publicUrl: 'http://localhost', now: new Date() },
      { role: 'secretariat' },
    )
    const invited = await fetch(
      `${server.url}/api/series/${seriesId}/recommendations/${fund.documentId}/${fund.blockId}`,
      {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ themes: ['x'] }),
      },
    )
    expect(invited.status).toBe(403)
    expect((await register()).recommendations.every(({ themes }) => themes.length === 0)).toBe(true)
  })
})
