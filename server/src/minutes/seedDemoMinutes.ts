import { demoTitle, readDemoMinutes } from '../documents/demo/readDemoMinutes'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import { createMinutes } from './createMinutes'

/**
 * Creates the demo minutes when the store holds none, so that a first start opens on
 * real-looking minutes.
 */
export async function seedDemoMinutes(store: DocumentStore, logger: Logger): Promise<void> {
  if ((await store.listDocuments()).length > 0) return
  const { id } = await createMinutes(store, { title: demoTitle, imported: readDemoMinutes() })
  logger.info(`Created the demo minutes (document ${id}).`)
}
