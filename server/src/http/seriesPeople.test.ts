import type { Role } from '@minutes/permissions'
import {
  ErrorBody,
  ImportedDocument,
  ImportPreview,
  SeriesPeople,
  SeriesPerson,
} from '@minutes/protocol'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createInvitation } from '../auth/createInvitation'
import { createTestApp, type TestApp } from '../testing/createTestApp'

let test: TestApp
beforeEach(async () => {
  test = createTestApp()
  await test.store.createSeries({ id: 'inquiry', title: 'Library inquiry' })
})
afterEach(() => test.close())

const sessionText = (date: string, words: string) => `Date: ${date}

Speakers: Ada Lovell (Northfield University), Bo Marsh (Library Futures Trust)

Ada Lovell: ${words}

## Recommendations

- **Recommendation R1 (agreed; proposed by: Ada Lovell (Northfield University)):** Fund ${words}

## Actions

ACTION: Ada Lovell to write about ${words}
`

const admin = () => ({ authorization: `Bearer ${test.adminToken}` })

async function upload(text: string, query: string) {
  return test.app.request(`/api/docs/import?filename=minutes.md&${query}`, {
    method: 'POST',
    body: text,
    headers: { ...admin(), 'content-type': 'text/plain' },
  })
}

async function people() {
  const response = await test.app.request('/api/series/inquiry/people', { headers: admin() })
  expect(response.status).toBe(200)
  return SeriesPeople.parse(await response.json()).people
}

describe('people shared across a series', () => {
  it('are matched on import by name and organisation, after the preview lists them', async () => {
    const first = await upload(
      sessionText('20 January 2025', 'mobile libraries.'),
      'series=inquiry',
    )
    expect(first.status).toBe(201)
    const preview = await upload(
      `${sessionText('12 March 2025', 'reading groups.')}\nAlso present: Cy Dunn (Library Futures Trust)\n`,
      'series=inquiry&preview=true',
    )
    expect(preview.status).toBe(200)
    const { samePeople } = ImportPreview.parse(await preview.json())
    expect(
      samePeople?.map(({ name, organisation, meetingTitle }) => [name, organisation, meetingTitle]),
    ).toEqual([
      ['Ada Lovell', 'Northfield University', expect.any(String)],
      ['Bo Marsh', 'Library Futures Trust', expect.any(String)],
    ])
    // The preview created nothing.
    expect(await test.store.listDocuments()).toHaveLength(1)

    const second = await upload(sessionText('12 March 2025', 'reading groups.'), 'series=inquiry')
    const { id: secondId } = ImportedDocument.parse(await second.json())
    const ada = (await people()).find(({ name }) => name === 'Ada Lovell')
    expect(ada).toMatchObject({ organisation: 'Northfield University', meetings: 2 })

    const response = await test.app.request(`/api/series/inquiry/people/${ada?.id}`, {
      headers: admin(),
    })
    const person = SeriesPerson.parse(await response.json())
    expect(person.said.map(({ text }) => text)).toEqual(['mobile libraries.', 'reading groups.'])
    expect(person.proposed.map(({ label, text }) => `${label} ${text}`)).toEqual([
      'R1 Fund mobile libraries.',
      'R1 Fund reading groups.',
    ])
    expect(person.owes.map(({ text, documentId }) => [text, documentId === secondId])).toEqual([
      [expect.stringContaining('mobile libraries'), false],
      [expect.stringContaining('reading groups'), true],
    ])
  })

  it('stay apart when the clerk says they are not the same, or their organisation differs', async () => {
    await upload(sessionText('20 January 2025', 'mobile libraries.'), 'series=inquiry')
    await upload(sessionText('12 March 2025', 'reading groups.'), 'series=inquiry&samePeople=false')
    await upload(
      sessionText('1 April 2025', 'story time.').replaceAll(
        'Ada Lovell (Northfield University)',
        'Ada Lovell (Southfield College)',
      ),
      'series=inquiry',
    )
    const adas = (await people()).filter(({ name }) => name === 'Ada Lovell')
    expect(adas.map(({ organisation, meetings }) => [organisation, meetings]).sort()).toEqual([
      ['Northfield University', 1],
      ['Northfield University', 1],
      ['Southfield College', 1],
    ])
  })

  it('refuses what no import dialog sends, unknown people and series, and invitations', async () => {
    const bad = await upload(
      sessionText('20 January 2025', 'x.'),
      'series=inquiry&samePeople=maybe',
    )
    expect(bad.status).toBe(400)
    expect(ErrorBody.parse(await bad.json()).error).toBe('samePeople must be true or false.')
    expect((await upload('Words.', 'series=nothing&preview=true')).status).toBe(404)
    expect(await test.store.listDocuments()).toHaveLength(0)
    for (const path of ['/api/series/inquiry/people/nobody', '/api/series/nothing/people']) {
      const response = await test.app.request(path, { headers: admin() })
      expect(response.status, path).toBe(404)
    }
    await test.store.createDocument({ id: 'doc-a', title: 'A', seriesId: 'inquiry' })
    for (const role of ['secretariat', 'reviewer', 'speaker'] as Role[]) {
      const { token } = await createInvitation(
        test.authStore,
        { documentId: 'doc-a', createdBy: 'admin', publicUrl: test.publicUrl, now: new Date() },
        { role, ...(role === 'speaker' ? { speakerId: 'p-1' } : {}) },
      )
      const response = await test.app.request('/api/series/inquiry/people', {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(response.status, role).toBe(403)
    }
  })
})
