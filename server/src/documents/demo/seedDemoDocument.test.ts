import { PEOPLE_MAP_NAME, type Person } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { silentLogger } from '../../logger'
import { MemoryDocumentStore } from '../../persistence/MemoryDocumentStore'
import { createDemoState, seedDemoDocument } from './seedDemoDocument'

describe('the demo minutes', () => {
  it('hold speaker sections bound to people in the register, and recommendations', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, createDemoState())
    const people = doc.getMap<Person>(PEOPLE_MAP_NAME)
    const blocks = doc.getXmlFragment('default').toArray() as Y.XmlElement[]
    const sections = blocks.filter((block) => block.nodeName === 'speakerSection')

    expect(sections.length).toBeGreaterThanOrEqual(3)
    for (const section of sections) {
      expect(people.get(String(section.getAttribute('speakerId')))?.name).toBeTruthy()
    }
    const recommendations = sections.flatMap((section) =>
      section.toArray().filter((child) => (child as Y.XmlElement).nodeName === 'recommendation'),
    )
    expect(recommendations.length).toBeGreaterThanOrEqual(2)
  })

  it('are created once, only in an empty store', async () => {
    const store = new MemoryDocumentStore()
    await seedDemoDocument(store, silentLogger)
    await seedDemoDocument(store, silentLogger)
    const documents = await store.listDocuments()
    expect(documents).toHaveLength(1)
    expect(await store.loadUpdates(documents[0]!.id)).toHaveLength(1)
  })
})
