/**
 * How long compacting a large document's log holds the server's event loop, which every client
 * of every document in the process waits on: merged on the event loop (Yjs' `mergeUpdates`, as
 * before) and in the server's worker thread (`startUpdateMerger`). The log: a B4-like trace of
 * 260,000 edits as one stored update, then 500 typed updates, compacted by the SQLite store as
 * the server does. Run: `npm run bench -- compaction-stall` (part of `npm run bench`).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { startUpdateMerger } from '../server/src/documents/UpdateMerger'
import type { MergeUpdates } from '../server/src/persistence/DocumentStore'
import { openSqliteDatabase } from '../server/src/persistence/openSqliteDatabase'
import { SqliteDocumentStore } from '../server/src/persistence/SqliteDocumentStore'
import { generateTrace } from './measureColdLoad'

const edits = Number(process.env.BENCH_TRACE_EDITS ?? 260_000)
const typedUpdates = 500
const rounds = 3

/** The longest the event loop went without running a 1 ms timer while `work` ran, ms. */
async function longestStall(
  work: () => Promise<unknown>,
): Promise<{ stall: number; total: number }> {
  let last = performance.now()
  let stall = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last)
    last = now
  }, 1)
  const start = performance.now()
  await new Promise((resolve) => setTimeout(resolve, 20))
  last = performance.now()
  await work()
  const total = performance.now() - start - 20
  stall = Math.max(stall, performance.now() - last)
  clearInterval(ticker)
  return { stall, total }
}

console.log(`generating a ${edits.toLocaleString('en')}-edit trace…`)
const trace = generateTrace(Y.encodeStateAsUpdate(new Y.Doc()), edits)
const writer = new Y.Doc()
Y.applyUpdate(writer, trace.state)
const typed: Uint8Array[] = []
writer.on('update', (update: Uint8Array) => typed.push(update))
const text = writer.getXmlFragment('default').get(0) as Y.XmlElement
for (let index = 0; index < typedUpdates; index++) {
  const target = text.firstChild
  if (target instanceof Y.XmlText) target.insert(0, 'y')
}

const merger = startUpdateMerger()
const ways: [string, MergeUpdates][] = [
  ['on the event loop', Y.mergeUpdates],
  ['in the worker', (updates) => merger.merge(updates)],
]
const results = new Map<string, { stall: number; total: number }[]>()
for (let round = 0; round < rounds; round++) {
  for (const [name, merge] of ways) {
    const store = new SqliteDocumentStore(
      openSqliteDatabase(join(mkdtempSync(join(tmpdir(), 'compaction-')), 'minutes.sqlite')),
    )
    await store.createDocument({ id: 'd', title: 'D', initialState: trace.state })
    await store.appendUpdates('d', typed)
    const figures = await longestStall(() => store.compactUpdates('d', merge))
    results.set(name, [...(results.get(name) ?? []), figures])
    await store.close()
  }
}
await merger.stop()

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
console.log(
  `\nCompaction of a ${(trace.state.byteLength / 1e6).toFixed(1)} MB state and ${typedUpdates} typed updates (SQLite store), median of ${rounds}`,
)
console.log(
  `${'merged'.padEnd(20)}${'longest stall ms'.padStart(18)}${'whole compaction ms'.padStart(22)}`,
)
for (const [name, figures] of results) {
  const stall = median(figures.map(({ stall }) => stall))
  const total = median(figures.map(({ total }) => total))
  console.log(`${name.padEnd(20)}${stall.toFixed(1).padStart(18)}${total.toFixed(1).padStart(22)}`)
}
