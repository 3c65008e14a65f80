import { mkdtempSync } from 'node:fs'
import { sleep } from './measureFanout'
import { openSyncConnection, type SyncConnection } from './SyncConnection'
import { type ServerKind, startBenchServer } from './startBenchServer'

const documents = Number(process.env.BENCH_IDLE_DOCUMENTS ?? 100)
const connections = Number(process.env.BENCH_IDLE_CONNECTIONS ?? 200)

/**
 * Server RSS after a full GC: at start, then per idle document (each opened by one client that
 * stays connected and silent), then per further idle connection on one document. Deltas over
 * many, so one allocation's noise does not count. Ours creates documents with their initial
 * minutes content; the peers' documents are empty.
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
      const addresses = []
      for (let index = 0; index < documents; index++) {
        addresses.push(await server.createDocument(`idle-${index}`))
      }
      for (const address of addresses) {
        const connection = openSyncConnection(address)
        open.push(connection)
        await connection.synced
      }
      const withDocuments = await server.rssAfterGc()
      for (let index = 0; index < connections; index++) {
        const connection = openSyncConnection(addresses[0]!)
        open.push(connection)
        await connection.synced
      }
      const withConnections = await server.rssAfterGc()
      lines.push(
        `${kind.padEnd(22)}${(atStart / 1e6).toFixed(0).padStart(12)}` +
          `${((withDocuments - atStart) / documents / 1024).toFixed(1).padStart(22)}` +
          `${((withConnections - withDocuments) / connections / 1024).toFixed(1).padStart(24)}`,
      )
    } finally {
      for (const connection of open) connection.close()
      await server.stop()
    }
  }
  return lines
}
