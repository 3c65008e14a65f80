import { CorrectionList } from '@minutes/protocol'
import { paragraph } from '@minutes/schema/testing/paragraph'
import { speakerSection } from '@minutes/schema/testing/speakerSection'
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import { connectClient, waitFor } from '../testing/connectClient'
import { callAsAdmin as call, startTwoProcessCluster } from '../testing/startClusterServer'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const sectionText = (doc: Y.Doc) =>
  ((doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(
    0,
  ) as Y.XmlText

describe('corrections on two server processes (PostgreSQL and Redis)', () => {
  it('lists a correction made through the other process, and decides it once when both are asked at once', async () => {
    const [first, second] = await startTwoProcessCluster(cleanups)
    const id = `doc-${Math.random().toString(36).slice(2)}`
    await first.store.createDocument({
      id,
      title: 'Cluster corrections',
      initialState: encodeMinutesState(
        { type: 'doc', content: [speakerSection('p-ada', paragraph('We need ten staff.'))] },
        [{ id: 'p-ada', name: 'Ada Lovell' }],
      ),
    })
    expect(
      (await call(first, 'POST', `/api/docs/${id}/status`, { status: 'circulated' })).status,
    ).toBe(200)
    const [clerk, ada] = [
      connectClient(first.wsUrl, id, { params: { as: 'secretariat', who: 'clerk' } }),
      connectClient(second.wsUrl, id, { params: { as: 'speaker:p-ada', who: 'ada' } }),
    ]
    cleanups.push(
      () => clerk.destroy(),
      () => ada.destroy(),
    )
    await Promise.all([clerk.synced, ada.synced])
    // Words added: who deleted is known only to the process the deletion came through.
    sectionText(ada.doc).insert(8, 'twelve more and ')
    await waitFor(
      () => sectionText(clerk.doc).toString() === 'We need twelve more and ten staff.',
      'the correction to cross processes',
    )
    let list = CorrectionList.parse((await call(first, 'GET', `/api/docs/${id}/corrections`)).json)
    await waitFor(async () => {
      list = CorrectionList.parse((await call(first, 'GET', `/api/docs/${id}/corrections`)).json)
      return list.corrections.length === 1
    }, 'the correction to be listed')
    const correction = list.corrections[0]
    expect(correction).toMatchObject({
      speakerId: 'p-ada',
      inserted: 'twelve more and ',
      deleted: '',
    })
    const listedOnSecond = CorrectionList.parse(
      (await call(second, 'GET', `/api/docs/${id}/corrections`)).json,
    )
    expect(listedOnSecond.corrections.map(({ id: each }) => each)).toEqual([correction?.id])

    const decisions = await Promise.all(
      [first, second].map((server) =>
        call(server, 'POST', `/api/docs/${id}/corrections/${correction?.id}`, {
          decision: 'revert',
        }),
      ),
    )
    expect(decisions.map(({ status }) => status).sort()).toEqual([200, 409])
    for (const client of [clerk, ada]) {
      await waitFor(
        () => sectionText(client.doc).toString() === 'We need ten staff.',
        'both processes’ clients to receive the revert, once',
      )
    }
    const after = CorrectionList.parse(
      (await call(second, 'GET', `/api/docs/${id}/corrections`)).json,
    )
    expect(after.corrections.map(({ state }) => state)).toEqual(['reverted'])
  })
})
