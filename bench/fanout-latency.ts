/**
 * Fan-out latency between clients: from a writer's edit to each other client receiving it, with
 * every client on one server process, beside clients split over two processes sharing PostgreSQL
 * and Redis Streams; the difference between the two processes' receivers is what Redis adds.
 * Needs the PostgreSQL and Redis of the machine (or MINUTES_TEST_DATABASE_URL / _REDIS_URL).
 * Run: `pnpm --filter @minutes/bench run fanout-latency`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadConfig } from '../server/src/config'
import { RedisFanout } from '../server/src/fanout/RedisFanout'
import { silentLogger } from '../server/src/logger'
import { openStores } from '../server/src/openStores'
import { type RunningServer, startServer } from '../server/src/startServer'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
} from '../server/src/testing/connectClient'
import {
  createTestSchemaName,
  dropTestSchema,
  testDatabaseUrl,
} from '../server/src/testing/postgresTestSchema'
import { accessFromQuery } from '../server/src/testing/sendUpdateAs'
import { deleteRedisKeys, testRedisUrl } from '../server/src/testing/startClusterServer'
import { type Percentiles, percentiles, printTable } from './measure'

const edits = 300
const receiversPerProcess = 2

interface Process extends RunningServer {
  wsUrl: string
  createDocument(id: string): Promise<void>
}

async function startProcess(schema: string, keyPrefix: string | undefined): Promise<Process> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-'))
  const config = {
    ...loadConfig({ DATABASE_URL: testDatabaseUrl, MINUTES_DATABASE_SCHEMA: schema }),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: false,
  }
  const { store, authStore } = await openStores(config, silentLogger)
  const fanout = keyPrefix
    ? await RedisFanout.connect({ url: testRedisUrl, keyPrefix, logger: silentLogger })
    : undefined
  const server = await startServer(config, {
    store,
    authStore,
    auth: { publicUrl: 'http://localhost', adminToken: 'bench-admin-token-of-32-characters!!' },
    logger: silentLogger,
    authorizeConnection: accessFromQuery,
    ...(fanout ? { fanout } : {}),
  })
  return {
    ...server,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`,
    createDocument: async (id) => {
      await store.createDocument({ id, title: id })
    },
    close: async () => {
      await server.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Milliseconds from each edit to its arrival at each receiver, edits one at a time. */
async function measure(writer: TestClient, receivers: TestClient[][]): Promise<number[][]> {
  const samples = receivers.map(() => [] as number[])
  for (let index = 0; index < edits; index++) {
    const sent = performance.now()
    const arrivals = receivers.flatMap((group, groupIndex) =>
      group.map(
        (receiver) =>
          new Promise<void>((resolve) => {
            const check = () => {
              if (paragraphs(receiver.doc).length <= index) return
              receiver.doc.off('update', check)
              samples[groupIndex]!.push(performance.now() - sent)
              resolve()
            }
            receiver.doc.on('update', check)
            check()
          }),
      ),
    )
    appendParagraph(writer.doc, `edit ${index}`)
    await Promise.all(arrivals)
  }
  return samples
}

const inMicroseconds = (samplesMs: number[]): Percentiles =>
  percentiles(samplesMs.map((ms) => ms * 1000))

async function run(): Promise<void> {
  const schema = createTestSchemaName()
  const keyPrefix = `minutes-bench:${schema}:`
  const processes: Process[] = []
  const clients: TestClient[] = []
  const connect = (server: Process, id: string, as: string) => {
    const client = connectClient(server.wsUrl, id, { params: { as } })
    clients.push(client)
    return client
  }
  try {
    // One process on PostgreSQL, no Redis: every client on it.
    const alone = await startProcess(schema, undefined)
    processes.push(alone)
    const first = 'bench-alone'
    await alone.createDocument(first)
    const writerAlone = connect(alone, first, 'secretariat')
    const onAlone = Array.from({ length: receiversPerProcess * 2 }, () =>
      connect(alone, first, 'reviewer'),
    )
    await Promise.all([writerAlone, ...onAlone].map(({ synced }) => synced))
    const [oneProcess] = await measure(writerAlone, [onAlone])
    await alone.close()
    processes.pop()

    // Two processes with Redis: half the receivers with the writer, half on the other process.
    const [near, far] = await Promise.all([
      startProcess(schema, keyPrefix),
      startProcess(schema, keyPrefix),
    ])
    processes.push(near!, far!)
    const second = 'bench-split'
    await near!.createDocument(second)
    const writer = connect(near!, second, 'secretariat')
    const withWriter = Array.from({ length: receiversPerProcess }, () =>
      connect(near!, second, 'reviewer'),
    )
    const onOther = Array.from({ length: receiversPerProcess }, () =>
      connect(far!, second, 'reviewer'),
    )
    await Promise.all([writer, ...withWriter, ...onOther].map(({ synced }) => synced))
    const [sameProcess, otherProcess] = await measure(writer, [withWriter, onOther])

    const split = inMicroseconds([...sameProcess!, ...otherProcess!])
    const same = inMicroseconds(sameProcess!)
    const other = inMicroseconds(otherProcess!)
    printTable(`Fan-out latency, edit to arrival (${edits} edits, PostgreSQL)`, {
      'one process, 4 receivers': inMicroseconds(oneProcess!),
      'two processes, 2+2 receivers (all)': split,
      '  receivers on the writer’s process': same,
      '  receivers on the other process': other,
      'Redis adds (other − same process)': {
        p50: other.p50 - same.p50,
        p95: other.p95 - same.p95,
        p99: other.p99 - same.p99,
        mean: other.mean - same.mean,
      },
    })
  } finally {
    for (const client of clients) client.destroy()
    for (const process of processes) await process.close()
    await dropTestSchema(schema)
    await deleteRedisKeys(keyPrefix)
  }
}

await run()
