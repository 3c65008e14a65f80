import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { openSyncConnection, type SyncConnection } from './SyncConnection'
import type { BenchServer } from './startBenchServer'

export interface FanoutScenario {
  updatesPerSecond: number
  receivers: number
  writers: number
  /** Measured updates per writer; a second of warm-up comes before them. */
  updates: number
}

export interface FanoutResult {
  /** Milliseconds from each update's scheduled send time to its arrival, every receiver. */
  latencies: number[]
  /** Deliveries that never came (receivers × updates − arrivals). */
  lost: number
}

/** How long after the last scheduled send an update still counts as delivered. */
const graceMs = 3_000
/** Sockets opened at once while a room fills: a storm of 200 would measure the connect path. */
const connectBatch = 25

/**
 * Open loop: each writer types one character into its own paragraph at fixed times, whatever
 * the server does; a receiver timestamps each update when it arrives, identified by the
 * writer's clock range in it (a server may merge several into one message).
 */
export async function measureFanout(
  server: BenchServer,
  documentName: string,
  scenario: FanoutScenario,
): Promise<FanoutResult> {
  const address = await server.createDocument(documentName)
  const warmup = Math.ceil(scenario.updatesPerSecond / scenario.writers)
  const total = warmup + scenario.updates
  const intervalMs = (1000 * scenario.writers) / scenario.updatesPerSecond

  const writers: { doc: Y.Doc; text: Y.XmlText; connection: SyncConnection; base: number }[] = []
  for (let index = 0; index < scenario.writers; index++) {
    const doc = new Y.Doc()
    const connection = openSyncConnection({ ...address, doc })
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') connection.sendUpdate(update)
    })
    await connection.synced
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    const fragment = doc.getXmlFragment('default')
    fragment.insert(fragment.length, [paragraph])
    writers.push({ doc, text, connection, base: Y.getState(doc.store, doc.clientID) })
  }
  const scheduled = writers.map(() => new Float64Array(total))
  const byClient = new Map(writers.map((writer, index) => [writer.doc.clientID, index]))

  const arrivals: Float64Array[][] = []
  const receivers: SyncConnection[] = []
  for (let start = 0; start < scenario.receivers; start += connectBatch) {
    const batch = Array.from({ length: Math.min(connectBatch, scenario.receivers - start) }, () => {
      const seen = writers.map(() => new Float64Array(total))
      arrivals.push(seen)
      return openSyncConnection({
        ...address,
        onUpdate(update) {
          const now = performance.now()
          const { from, to } = Y.parseUpdateMeta(update)
          for (const [client, end] of to) {
            const writer = byClient.get(client)
            if (writer === undefined) continue
            const base = writers[writer]!.base
            const row = seen[writer]!
            for (let clock = from.get(client) ?? 0; clock < end; clock++) {
              const sequence = clock - base
              if (sequence >= 0 && sequence < total && row[sequence] === 0) row[sequence] = now
            }
          }
        },
      })
    })
    receivers.push(...batch)
    await Promise.all(batch.map((receiver) => receiver.synced))
  }
  // Let the writers' paragraphs reach everyone before the clock starts.
  await sleep(300)

  const started = performance.now() + 50
  await Promise.all(
    writers.map(async (writer, index) => {
      // Writers are spread over the interval so that several do not fire in one tick.
      const offset = (index * intervalMs) / scenario.writers
      for (let sequence = 0; sequence < total; sequence++) {
        const at = started + offset + sequence * intervalMs
        scheduled[index]![sequence] = at
        // Timers are coarse (≥1 ms): sleep most of the wait, then turn the event loop (receivers
        // keep reading) until the time comes; a late writer still yields once per update.
        while (at - performance.now() > 2) await sleep(at - performance.now() - 1)
        do await new Promise((resolve) => setImmediate(resolve))
        while (performance.now() < at)
        writer.text.insert(writer.text.length, 'x')
      }
    }),
  )
  await sleep(graceMs)

  const latencies: number[] = []
  let lost = 0
  for (const seen of arrivals) {
    seen.forEach((row, writer) => {
      for (let sequence = warmup; sequence < total; sequence++) {
        const arrived = row[sequence]!
        if (arrived === 0) lost++
        else latencies.push(arrived - scheduled[writer]![sequence]!)
      }
    })
  }
  for (const receiver of receivers) receiver.close()
  for (const writer of writers) {
    writer.connection.close()
    writer.doc.destroy()
  }
  await sleep(200)
  return { latencies, lost }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
