import { PEOPLE_MAP_NAME } from '@minutes/schema'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryDocumentStore } from '../persistence/MemoryDocumentStore'
import { readDemoMinutes } from './demo/readDemoMinutes'

const { content: demoContent, people: demoPeople } = readDemoMinutes()

import { encodeMinutesState } from './encodeMinutesState'
import { readMinutes } from './readMinutes'

let store: MemoryDocumentStore
beforeEach(() => {
  store = new MemoryDocumentStore()
})
afterEach(async () => {
  await store.close()
})

describe('readMinutes', () => {
  it('reads back the content and people a document was created with', async () => {
    await store.createDocument({
      id: 'doc1',
      title: 'Demo',
      initialState: encodeMinutesState(demoContent, demoPeople),
    })
    const minutes = await readMinutes(store, 'doc1')
    expect(minutes?.meta).toMatchObject({ id: 'doc1', title: 'Demo', status: 'draft' })
    expect(minutes?.content.content?.map((node) => node.type)).toEqual(
      demoContent.content?.map((node) => node.type),
    )
    expect(minutes?.people).toEqual(expect.arrayContaining(demoPeople))
    expect(minutes?.people).toHaveLength(demoPeople.length)
  })

  it('is undefined for a document that does not exist', async () => {
    expect(await readMinutes(store, 'missing')).toBeUndefined()
  })

  it('keeps only well-formed people, and only their known fields', async () => {
    const doc = new Y.Doc()
    const people = doc.getMap<unknown>(PEOPLE_MAP_NAME)
    people.set('a', { id: 'a', name: 'Ann', organisation: 'NCB', alias: 'AL', extra: '<script>' })
    people.set('b', 'not a person')
    people.set('c', { id: 'c', name: 42 })
    await store.createDocument({
      id: 'doc2',
      title: 'People',
      initialState: Y.encodeStateAsUpdate(doc),
    })
    const minutes = await readMinutes(store, 'doc2')
    expect(minutes?.people).toEqual([{ id: 'a', name: 'Ann', organisation: 'NCB', alias: 'AL' }])
    expect(minutes?.content).toEqual({ type: 'doc', content: [] })
  })
})
