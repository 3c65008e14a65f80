import type { Logger } from '../../logger'
import type { DocumentStore } from '../../persistence/DocumentStore'
import { createDocumentId } from '../documentId'
import { encodeMinutesState } from '../encodeMinutesState'
import { demoContent, demoPeople, demoTitle } from './demoMinutes'

/** Encodes the demo minutes as one Yjs update: content and people register together. */
export function createDemoState(): Uint8Array {
  return encodeMinutesState(demoContent, demoPeople)
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
