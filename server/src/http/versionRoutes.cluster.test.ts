import { CreatedVersion, VersionChanges } from '@minutes/protocol'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { appendParagraph, connectClient, paragraphs, waitFor } from '../testing/connectClient'
import { callAsAdmin as call, startTwoProcessCluster } from '../testing/startClusterServer'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('versions on two server processes (PostgreSQL and Redis)', () => {
  it('restores through one process, and clients of both converge on the version', async () => {
    const [first, second] = await startTwoProcessCluster(cleanups)
    const id = `doc-${Math.random().toString(36).slice(2)}`
    await first.store.createDocument({
      id,
      title: 'Cluster versions',
      initialState: encodeMinutesState({ type: 'doc', content: [paragraph('Opening.')] }, []),
    })
    const [onFirst, onSecond] = [first, second].map((server, index) => {
      const client = connectClient(server.wsUrl, id, {
        params: { as: 'secretariat', who: `clerk-${index}` },
      })
      cleanups.push(() => client.destroy())
      return client
    }) as [ReturnType<typeof connectClient>, ReturnType<typeof connectClient>]
    await Promise.all([onFirst.synced, onSecond.synced])

    appendParagraph(onSecond.doc, 'Written on the second process.')
    await waitFor(() => paragraphs(onFirst.doc).length === 2, 'the edit to cross processes')
    const named = await call(first, 'POST', `/api/docs/${id}/versions`, { name: 'Kept' })
    expect(named.status).toBe(201)
    const { id: versionId } = CreatedVersion.parse(named.json)

    appendParagraph(onSecond.doc, 'Written after the version.')
    await waitFor(() => paragraphs(onFirst.doc).length === 3, 'the later edit to cross processes')
    const compared = await call(
      second,
      'GET',
      `/api/docs/${id}/versions/${versionId}/compare/current`,
    )
    expect(
      VersionChanges.parse(compared.json).changes.map(({ kind, text }) => [kind, text]),
    ).toEqual([['insert', 'Written after the version.']])

    expect(
      (await call(first, 'POST', `/api/docs/${id}/versions/${versionId}/restore`, {})).status,
    ).toBe(201)
    const expected = JSON.stringify(['Opening.', 'Written on the second process.'])
    for (const client of [onFirst, onSecond]) {
      await waitFor(
        () => JSON.stringify(paragraphs(client.doc)) === expected,
        'the restore everywhere',
        10_000,
      )
    }
  })
})
