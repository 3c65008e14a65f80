import fs from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../../../scripts/lib/buildServer.mjs'
import { createRandom } from '../sync/fuzz/createRandom'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
  waitFor,
} from '../testing/connectClient'
import { type ServerProcess, startServerProcess } from '../testing/startServerProcess'
import { readChaosSeed } from './readChaosSeed'

const kills = 20
/** `npm test` must stay bounded: on a starved machine fewer kills fit, and the figure says so. */
const budgetMs = Number(process.env.MINUTES_BATTERY_MS ?? 70_000)
const writerCount = 10
/** Each writer types a paragraph this often, connected or not. */
const typingIntervalMs = 150
/** A kill lands at a random moment this long after the writers are back. */
const typingWindowMs: [number, number] = [100, 400]

const seed = readChaosSeed()
const adminToken = 'a-test-token-of-at-least-thirty-two-characters'
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-kill-battery-'))
let server: ServerProcess | undefined

beforeAll(async () => {
  await buildServer()
}, 60_000)

afterAll(() => {
  server?.child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

// The compiled server `npm start` runs, on one port so that the writers' providers find it again.
describe('kill -9 battery', () => {
  it(`keeps every update any client saw echoed through up to ${kills} kill -9 while ${writerCount} writers type`, {
    timeout: 150_000,
  }, async () => {
    const random = createRandom(seed)
    const started = Date.now()
    const port = String(await freePort())
    const restartMs: number[] = []
    const start = async () => {
      const starting = Date.now()
      server = await startServerProcess({
        dataDir,
        adminToken,
        compiled: true,
        env: { PORT: port, MINUTES_DEMO: 'off' },
        startTimeoutMs: 30_000,
      })
      restartMs.push(Date.now() - starting)
      return server
    }
    const first = await start()
    const created = await fetch(`${first.url}/api/docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ title: 'Kill battery' }),
    })
    const { id } = (await created.json()) as { id: string }
    const wsUrl = `${first.url.replace(/^http/, 'ws')}/sync`
    const context = `seed ${seed} (MINUTES_CHAOS_SEED=${seed} replays the kill times)`

    const writers = Array.from({ length: writerCount }, () =>
      connectClient(wsUrl, id, { bearer: adminToken }),
    )
    await Promise.all(writers.map(({ synced }) => synced))
    const typed = writers.map(() => 0)
    const typing = writers.map((writer, index) =>
      setInterval(
        () => appendParagraph(writer.doc, `w${index}-${typed[index]!++}`),
        typingIntervalMs,
      ),
    )
    /** What a writer holds that another wrote: it can only have come from the server. */
    const echoedTo = (writer: TestClient, index: number) =>
      paragraphs(writer.doc).filter((text) => !text.startsWith(`w${index}-`))
    const echoed = new Set<string>()
    let killed = 0

    try {
      for (; killed < kills && Date.now() - started < budgetMs; killed++) {
        const kill = killed + 1
        await new Promise((resolve) => setTimeout(resolve, random.between(...typingWindowMs)))
        const victim = server!
        victim.child.kill('SIGKILL')
        await victim.exited
        // Everything the dead process sent is read before the writers count what they saw.
        await waitFor(
          () => writers.every(({ provider }) => !provider.wsconnected),
          `${context}: the writers to notice kill ${kill}`,
        )
        // Held off until checked: a writer reconnecting would resend what the server lost.
        for (const { provider } of writers) provider.disconnect()
        writers.forEach((writer, index) => {
          for (const text of echoedTo(writer, index)) echoed.add(text)
        })

        await start()
        const reader = connectClient(wsUrl, id, { bearer: adminToken })
        try {
          await reader.synced
          const kept = new Set(paragraphs(reader.doc))
          const lost = [...echoed].filter((text) => !kept.has(text))
          expect(lost, `${context}: lost after kill ${kill}`).toEqual([])
        } finally {
          reader.destroy()
        }
        for (const { provider } of writers) provider.connect()
      }
    } finally {
      for (const timer of typing) clearInterval(timer)
    }

    // And what nobody saw is not lost either: the writers' copies bring it back.
    const everything = typed.flatMap((count, index) =>
      Array.from({ length: count }, (_, n) => `w${index}-${n}`),
    )
    const reader = connectClient(wsUrl, id, { bearer: adminToken })
    try {
      await waitFor(
        () => paragraphs(reader.doc).length === everything.length,
        `${context}: every typed paragraph on the server`,
        20_000,
      )
      expect(new Set(paragraphs(reader.doc))).toEqual(new Set(everything))
    } finally {
      reader.destroy()
      for (const writer of writers) writer.destroy()
    }
    console.log(
      `[battery] kill -9 ×${killed}${killed < kills ? ` (of ${kills}: the ${budgetMs / 1000} s budget ran out)` : ''}: ` +
        `${echoed.size} echoed updates, all kept; ` +
        `${everything.length} typed by ${writerCount} writers, all stored ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s; a start takes ${median(restartMs)} ms; ${context})`,
    )
  })
})
