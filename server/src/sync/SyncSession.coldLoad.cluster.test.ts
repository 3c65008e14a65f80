import { paragraph } from '@minutes/schema/testing/paragraph'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeMinutesState } from '../documents/encodeMinutesState'
import type { ClientIdBinding, DocumentStore } from '../persistence/DocumentStore'
import { appendParagraph, connectClient, paragraphs, waitFor } from '../testing/connectClient'
import { startTwoProcessCluster } from '../testing/startClusterServer'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe('a cold load answered from the store, on two processes (PostgreSQL and Redis)', () => {
  it('converges with what the other process stores after the early answer was read', async () => {
    // The first process cannot finish building the document while its bindings read is held.
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const [first, second] = await startTwoProcessCluster(cleanups, (store) =>
      Object.assign(Object.create(store) as DocumentStore, {
        loadClientIds: async (id: string): Promise<ClientIdBinding[]> => {
          await held
          return store.loadClientIds(id)
        },
      }),
    )
    cleanups.push(release)
    const id = `doc-${Math.random().toString(36).slice(2)}`
    await second.store.createDocument({
      id,
      title: 'Cold on one process',
      initialState: encodeMinutesState({ type: 'doc', content: [paragraph('Opening.')] }, []),
    })
    const connect = (server: typeof first, as: string) => {
      const client = connectClient(server.wsUrl, id, { params: { as, who: `${as}-${server.url}` } })
      cleanups.push(() => client.destroy())
      return client
    }
    const writer = connect(second, 'secretariat')
    await writer.synced
    appendParagraph(writer.doc, 'Stored before the cold load.')

    const reader = connect(first, 'reviewer')
    await reader.synced
    expect(paragraphs(reader.doc)).toContain('Opening.')
    // Stored by the other process after the first read the rows, while it cannot build yet.
    for (let index = 0; index < 10; index++) appendParagraph(writer.doc, `typed ${index}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
    release()
    for (let index = 10; index < 15; index++) appendParagraph(writer.doc, `typed ${index}`)

    const [onFirst, onSecond] = await Promise.all([
      first.registry.acquire(id),
      second.registry.acquire(id),
    ])
    cleanups.push(
      () => onFirst.release(),
      () => onSecond.release(),
    )
    const everyone = [reader.doc, writer.doc, onFirst.document.doc, onSecond.document.doc]
    await waitFor(
      () =>
        everyone.every(
          (doc) =>
            paragraphs(doc).includes('typed 14') &&
            Y.encodeStateVector(doc).join() === Y.encodeStateVector(writer.doc).join(),
        ),
      'every client and both processes to converge',
      10_000,
    )
    for (const doc of everyone) {
      expect(paragraphs(doc)).toEqual(paragraphs(writer.doc))
      expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(writer.doc))).toBe(true)
    }
  })
})
