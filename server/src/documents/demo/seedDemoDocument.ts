import { CONTENT_FRAGMENT_NAME, minutesExtensions, PEOPLE_MAP_NAME } from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { Logger } from '../../logger'
import type { DocumentStore } from '../../persistence/DocumentStore'
import { createDocumentId } from '../documentId'
import { demoContent, demoPeople, demoTitle } from './demoMinutes'

/** Encodes the demo minutes as one Yjs update: content and people register together. */
export function createDemoState(): Uint8Array {
  const schema = getSchema(minutesExtensions())
  // Checks the demo against the shared schema before anyone can open it.
  schema.nodeFromJSON(demoContent).check()
  const doc = prosemirrorJSONToYDoc(schema, demoContent, CONTENT_FRAGMENT_NAME)
  const people = doc.getMap(PEOPLE_MAP_NAME)
  doc.transact(() => {
    for (const person of demoPeople) people.set(person.id, person)
  })
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Creates the demo document when the store holds none, so that a first start opens on
 * real-looking minutes. The content goes in once, here, never from a client.
 */
export async function seedDemoDocument(store: DocumentStore, logger: Logger): Promise<void> {
  if ((await store.listDocuments()).length > 0) return
  const id = createDocumentId()
  await store.createDocument({ id, title: demoTitle, initialState: createDemoState() })
  logger.info(`Created the demo minutes (document ${id}).`)
}
