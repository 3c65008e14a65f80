import { mkdtempSync } from 'node:fs'
import { sleep } from './measureFanout'
import { openSyncConnection, type SyncConnection } from './SyncConnection'
import { type DocumentAddress, type ServerKind, startBenchServer } from './startBenchServer'

const documents = Number(process.env.BENCH_IDLE_DOCUMENTS ?? 400)
const connections = Number(process.env.BENCH_IDLE_CONNECTIONS ?? 200)
/**
 * Documents and connections opened before each baseline: the first ones pay for code compiled
 * on first use and for heaps, caches and allocator arenas sized once, which are no more per
 * document than the start-up is. After 20 documents, then 100 measured, a step of some 10 MB in
 * ours (not in its JavaScript heap) counted as 125 KB a document; after 100, then 400, it is
 * 7–23 KB. Many documents, too: RSS grows by pages, and over few documents one page more or less
 * moved a figure by tens of kilobytes.
 */
const warmup = Number(process.env.BENCH_IDLE_WARMUP ?? 100)

/**
 * Server RSS after a full GC: at start, then per idle document (each opened by one client that
 * stays connected and silent), then per further idle connection on one document. Deltas over
 * many, each after a warm-up of its own, so one allocation's noise does not count. Every server's
 * documents start empty (ours are created through the API, as a clerk creates them).
 */
export async function measureMemory(
  kinds: ServerKind[],
  dataDirFor: (kind: ServerKind) => string,
): Promise<string[]> {
  const lines = [
    `${'server'.padEnd(22)}${'at start MB'.padStart(12)}${`KB/document (${documents})`.padStart(22)}${`KB/connection (${connections})`.padStart(24)}`,
  ]
  for (const kind of kinds) {
    const server = await startBenchServer(kind, mkdtempSync(dataDirFor(kind)))
    const open: SyncConnection[] = []
    try {
      await sleep(1_000)
      const atStart = await server.rssAfterGc()
      const openIdle = async (addresses: DocumentAddress[]) => {
        for (const address of addresses) {
          const connection = openSyncConnection(address)
          open.push(connection)
          await connection.synced
        }
      }
      const createDocuments = async (prefix: string, count: number) => {
        const addresses: DocumentAddress[] = []
        for (let index = 0; index < count; index++) {
          addresses.push(await server.createDocument(`${prefix}-${index}`))
        }
        return addresses
      }
      await openIdle(await createDocuments('warm', warmup))
      // Documents exist before they are opened, as minutes do: what is measured is holding one open.
      const addresses = await createDocuments('idle', documents)
      const beforeDocuments = await server.rssAfterGc()
      await openIdle(addresses)
      const withDocuments = await server.rssAfterGc()
      await openIdle(Array.from({ length: warmup }, () => addresses[0]!))
      const beforeConnections = await server.rssAfterGc()
      await openIdle(Array.from({ length: connections }, () => addresses[0]!))
      const withConnections = await server.rssAfterGc()
      lines.push(
        `${kind.padEnd(22)}${(atStart / 1e6).toFixed(0).padStart(12)}` +
          `${((withDocuments - beforeDocuments) / documents / 1024).toFixed(1).padStart(22)}` +
          `${((withConnections - beforeConnections) / connections / 1024).toFixed(1).padStart(24)}`,
      )
    } finally {
      for (const connection of open) connection.close()
      await server.stop()
    }
  }
  return lines
}
