import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type RawData, WebSocket } from 'ws'
import * as Y from 'yjs'
import { createInvitation } from '../../auth/createInvitation'
import { SqliteAuthStore } from '../../auth/SqliteAuthStore'
import { openSqliteDatabase } from '../../persistence/openSqliteDatabase'
import {
  appendParagraph,
  connectClient,
  type TestClient,
  waitFor,
} from '../../testing/connectClient'
import { type ServerProcess, startServerProcess } from '../../testing/startServerProcess'
import { clientFrames } from './clientFrames'
import { createRandom, type Random, readFuzzSeed } from './createRandom'
import {
  createValidFrames,
  firstMarkerClientId,
  fuzzSpeakerId,
  type ValidFrames,
} from './createValidFrames'
import { generateFrame, generateHarmlessFrame } from './generateFrame'

/**
 * Frames each run sends through the real process, transport included; the run fails if time
 * runs out first. The in-process fuzz of the sync layer sends 100,000 more in every run: here
 * each hostile frame costs a reconnect, so the count is what fits the machine's time.
 */
const targetFrames = Number(process.env.MINUTES_FUZZ_FRAMES ?? 20_000)
/** Wall time the sending may take, on the 2-core CI machine. */
const budgetMs = Number(process.env.MINUTES_FUZZ_BUDGET_MS ?? 100_000)
/** The whole test, setup and final checks included; sending stops early enough to fit. */
const testTimeoutMs = 160_000
/** Kept for the checks after sending: convergence and a newcomer's sync. */
const checksReserveMs = 30_000
/** Sockets sending at once. */
const concurrentConnections = 24
/** `/healthz` slower than this is a hung server. */
const healthTimeoutMs = 5_000
/** Memory the server may grow by while being fuzzed. */
const maxRssGrowthMb = 400

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-fuzz-'))
const adminToken = randomBytes(32).toString('base64url')
const seed = readFuzzSeed()
let server: ServerProcess | undefined
const honest: TestClient[] = []

afterAll(() => {
  for (const client of honest) client.destroy()
  server?.child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

/** Who a fuzzing connection is: the admin token, or an invitation link's token. */
interface Credential {
  role: 'secretariat' | 'reviewer' | 'speaker'
  documentId: string
  headers: Record<string, string>
  query: string
}

/** What every fuzzing connection adds to, printed at the end. */
interface Tally {
  hostileFrames: number
  harmlessFrames: number
  connections: number
  refusedUpgrades: number
  unansweredBursts: number
  /** Time spent waiting for sockets to open and for bursts to be answered, over all workers. */
  openingMs: number
  answeringMs: number
  closes: Map<number, number>
}

describe('the server process under fuzzed frames', () => {
  it(
    `survives ${targetFrames} hostile frames from every role while honest clients keep editing`,
    async () => {
      const setupStarted = performance.now()
      const random = createRandom(seed)
      const valid = createValidFrames(random.fork())
      server = await startServerProcess({
        dataDir,
        adminToken,
        env: { MINUTES_DEMO: 'off' },
      })
      const running = server
      const wsUrl = `${running.url.replace(/^http/, 'ws')}/sync`
      const api = (pathname: string, body: unknown) =>
        fetch(`${running.url}${pathname}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
          body: JSON.stringify(body),
        }).then(async (response) => {
          expect(response.ok, await response.clone().text()).toBe(true)
          return (await response.json()) as { id: string }
        })

      // A draft and a published document, each with a section of the invited speaker's own.
      const draft = (await api('/api/docs', { title: 'Fuzz draft' })).id
      const published = (await api('/api/docs', { title: 'Fuzz published' })).id
      for (const documentId of [draft, published]) {
        const writer = connectClient(wsUrl, documentId, { bearer: adminToken })
        const reader = connectClient(wsUrl, documentId, { bearer: adminToken })
        await within(Promise.all([writer.synced, reader.synced]), 'the setup clients to sync')
        writeSpeakerSection(writer.doc)
        await waitFor(() => reader.doc.getMap('people').has(fuzzSpeakerId), 'the section to arrive')
        writer.destroy()
        reader.destroy()
      }
      for (const status of ['circulated', 'approved', 'published']) {
        await api(`/api/docs/${published}/status`, { status })
      }
      const [reviewerDraft, speakerDraft, reviewerPublished, speakerPublished, honestA, honestB] =
        await Promise.all([
          invite(draft, 'reviewer'),
          invite(draft, 'speaker'),
          invite(published, 'reviewer'),
          invite(published, 'speaker'),
          invite(draft, 'secretariat'),
          invite(draft, 'secretariat'),
        ])
      const byToken = (
        role: Credential['role'],
        documentId: string,
        token: string,
      ): Credential => ({
        role,
        documentId,
        headers: {},
        query: `?token=${token}`,
      })
      const byAdmin = (documentId: string): Credential => ({
        role: 'secretariat',
        documentId,
        headers: { authorization: `Bearer ${adminToken}` },
        query: '',
      })
      const credentials = [
        byAdmin(draft),
        byAdmin(published),
        byToken('reviewer', draft, reviewerDraft),
        byToken('speaker', draft, speakerDraft),
        byToken('reviewer', published, reviewerPublished),
        byToken('speaker', published, speakerPublished),
      ]

      // Two honest people editing the draft with stock clients: their sessions must not notice.
      const [a, b] = [honestA, honestB].map((token) =>
        connectClient(wsUrl, draft, { params: { token } }),
      )
      if (!a || !b) throw new Error('two honest clients')
      honest.push(a, b)
      await within(Promise.all([a.synced, b.synced]), 'the honest clients to sync')
      const honestCloses: string[] = []
      for (const [name, client] of [
        ['a', a],
        ['b', b],
      ] as const) {
        client.provider.on('connection-close', (event) =>
          honestCloses.push(`${name}: ${event?.code} ${event?.reason}`),
        )
      }

      const setupMs = performance.now() - setupStarted
      const pid = running.child.pid ?? 0
      const rssStartMb = readRssMb(pid)
      let rssMaxMb = rssStartMb
      let healthMaxMs = 0
      const healthFailures: string[] = []
      let crashed: string | undefined
      void running.exited.then(({ code, signal }) => {
        crashed = `exited with ${signal ?? code}`
      })
      let stopping = false
      const monitor = (async () => {
        while (!stopping && !crashed) {
          rssMaxMb = Math.max(rssMaxMb, readRssMb(pid))
          const asked = performance.now()
          try {
            const response = await fetch(`${running.url}/healthz`, {
              signal: AbortSignal.timeout(healthTimeoutMs),
            })
            if (!response.ok) healthFailures.push(`/healthz answered ${response.status}`)
          } catch (error) {
            if (!crashed) healthFailures.push(`/healthz: ${String(error)}`)
          }
          healthMaxMs = Math.max(healthMaxMs, performance.now() - asked)
          await sleep(250)
        }
      })()
      let honestEdits = 0
      const editing = setInterval(() => {
        appendParagraph(honestEdits % 2 === 0 ? a.doc : b.doc, `honest ${honestEdits++}`)
      }, 100)

      const tally: Tally = {
        hostileFrames: 0,
        harmlessFrames: 0,
        connections: 0,
        refusedUpgrades: 0,
        unansweredBursts: 0,
        openingMs: 0,
        answeringMs: 0,
        closes: new Map(),
      }
      const started = performance.now()
      const deadline = Math.min(started + budgetMs, setupStarted + testTimeoutMs - checksReserveMs)
      const sentEnough = () => tally.hostileFrames + tally.harmlessFrames >= targetFrames
      const shouldStop = () =>
        sentEnough() ||
        performance.now() > deadline ||
        crashed !== undefined ||
        healthFailures.length > 0
      const workers = Array.from({ length: concurrentConnections }, async () => {
        const workerRandom = random.fork()
        while (!shouldStop()) {
          await fuzzOneConnection(
            wsUrl,
            workerRandom.pick(credentials),
            workerRandom,
            valid,
            tally,
            shouldStop,
          )
        }
      })
      await Promise.all(workers)
      const elapsedMs = performance.now() - started
      clearInterval(editing)
      stopping = true
      await monitor

      const summary = [
        `server fuzz (MINUTES_FUZZ_SEED=${seed}): ${tally.hostileFrames + tally.harmlessFrames} frames (${tally.hostileFrames} hostile, ${tally.harmlessFrames} harmless) in ${(elapsedMs / 1000).toFixed(1)} s`,
        `  setup ${(setupMs / 1000).toFixed(1)} s; connections ${tally.connections} (${(tally.openingMs / tally.connections).toFixed(0)} ms to open), ${(tally.answeringMs / Math.max(1, tally.hostileFrames)).toFixed(0)} ms per burst answered; refused upgrades ${tally.refusedUpgrades}, bursts unanswered ${tally.unansweredBursts}`,
        `  closes by code: ${[...tally.closes].map(([code, count]) => `${code}×${count}`).join(', ')}`,
        `  crashes: ${crashed ? 1 : 0}, max /healthz ${healthMaxMs.toFixed(0)} ms, RSS start ${rssStartMb} MB, max ${rssMaxMb} MB, end ${crashed ? '-' : readRssMb(pid)} MB`,
        `  honest edits ${honestEdits}, honest closes ${honestCloses.length}`,
      ].join('\n')
      console.log(summary)
      const replay = `replay with MINUTES_FUZZ_SEED=${seed}`
      if (crashed) {
        throw new Error(
          `The server ${crashed} after ${tally.hostileFrames} hostile frames; ${replay}.\n${summary}\n--- server output ---\n${running.output().slice(-4_000)}`,
        )
      }
      expect(healthFailures, `the server stopped answering; ${replay}`).toEqual([])
      expect(healthMaxMs).toBeLessThan(healthTimeoutMs)
      expect(rssMaxMb - rssStartMb, `memory grew without bound; ${replay}`).toBeLessThan(
        maxRssGrowthMb,
      )
      expect(
        sentEnough(),
        `only ${tally.hostileFrames + tally.harmlessFrames} of ${targetFrames} frames in ${(elapsedMs / 1000).toFixed(0)} s; ${replay}`,
      ).toBe(true)

      // The honest sessions stayed open and still converge, with each other and for a newcomer.
      expect(honestCloses).toEqual([])
      appendParagraph(a.doc, 'the last honest edit')
      const contentOf = (client: TestClient) => client.doc.getXmlFragment('default').toJSON()
      await waitFor(
        () => contentOf(b).includes('the last honest edit') && contentOf(b) === contentOf(a),
        'the honest clients to converge',
        10_000,
      )
      const late = connectClient(wsUrl, draft, { bearer: adminToken })
      honest.push(late)
      await within(late.synced, 'a newcomer to sync')
      await waitFor(() => contentOf(late) === contentOf(a), 'a newcomer to converge', 10_000)
      expect(running.child.exitCode).toBeNull()
    },
    testTimeoutMs,
  )
})

/**
 * One connection's life: bursts of a few harmless frames then one hostile one, each followed
 * by a presence marker whose echo shows the server has handled the burst, until the server
 * closes the socket (which is the right answer to most hostile frames).
 */
async function fuzzOneConnection(
  wsUrl: string,
  credential: Credential,
  random: Random,
  valid: ValidFrames,
  tally: Tally,
  shouldStop: () => boolean,
): Promise<void> {
  tally.connections += 1
  const markerClientId = firstMarkerClientId + tally.connections
  const socket = new WebSocket(`${wsUrl}/${credential.documentId}${credential.query}`, {
    headers: credential.headers,
  })
  let awaited: { marker: Buffer; resolve: () => void } | undefined
  let isReady = false
  let whenReady: () => void = () => {}
  const closed = new Promise<void>((resolve) => {
    socket.on('close', (code) => {
      tally.closes.set(code, (tally.closes.get(code) ?? 0) + 1)
      awaited?.resolve()
      whenReady()
      resolve()
    })
  })
  socket.on('error', () => {})
  socket.on('unexpected-response', (request) => {
    tally.refusedUpgrades += 1
    request.destroy()
  })
  socket.on('message', (data: RawData) => {
    isReady = true
    whenReady()
    if (awaited && toBuffer(data).includes(awaited.marker)) awaited.resolve()
  })
  // Some connections send before the document has loaded, when frames are queued.
  const sendsEarly = random.chance(0.2)
  const opening = performance.now()
  await new Promise<void>((resolve) => {
    socket.once('open', () => {
      if (sendsEarly || isReady) resolve()
      else whenReady = resolve
    })
    socket.once('close', () => resolve())
  })
  tally.openingMs += performance.now() - opening
  // The marker's id is claimed first, as a tab announces itself: the ids a connection may speak
  // for are bounded, and a frame full of others' ids must not crowd the marker out.
  if (socket.readyState === WebSocket.OPEN) {
    socket.send(
      clientFrames.awareness([{ clientId: markerClientId, clock: 0, state: '{"marker":"open"}' }]),
    )
  }
  let markers = 0
  while (socket.readyState === WebSocket.OPEN && !shouldStop()) {
    for (let count = random.int(4); count > 0; count--) {
      socket.send(generateHarmlessFrame(random, valid))
      tally.harmlessFrames += 1
    }
    socket.send(generateFrame(random, valid).data)
    tally.hostileFrames += 1
    const marker = `"fuzz-${markerClientId}-${++markers}"`
    const answered = new Promise<'answered'>((resolve) => {
      awaited = { marker: Buffer.from(marker), resolve: () => resolve('answered') }
    })
    if (socket.readyState !== WebSocket.OPEN) break
    socket.send(
      clientFrames.awareness([
        { clientId: markerClientId, clock: markers, state: `{"marker":${marker}}` },
      ]),
    )
    const answering = performance.now()
    let timer: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      answered,
      new Promise<'silent'>((resolve) => {
        timer = setTimeout(() => resolve('silent'), 10_000)
      }),
    ])
    clearTimeout(timer)
    tally.answeringMs += performance.now() - answering
    awaited = undefined
    if (outcome === 'silent') {
      tally.unansweredBursts += 1
      break
    }
  }
  if (socket.readyState !== WebSocket.CLOSED) socket.terminate()
  await closed
}

/** Writes a section of the invited speaker's own, and the speaker into the register. */
function writeSpeakerSection(doc: Y.Doc): void {
  doc.transact(() => {
    doc.getMap('people').set(fuzzSpeakerId, { id: fuzzSpeakerId, name: 'Fuzz Speaker' })
    const section = new Y.XmlElement('speakerSection')
    section.setAttribute('speakerId', fuzzSpeakerId)
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Opening statement')])
    section.insert(0, [paragraph])
    doc.getXmlFragment('default').insert(0, [section])
  })
}

/**
 * An invitation link's token, made in the server's own database as the command line does; a
 * process per invitation would cost seconds on a busy machine.
 */
async function invite(documentId: string, role: Credential['role']): Promise<string> {
  const db = openSqliteDatabase(path.join(dataDir, 'minutes.sqlite'))
  try {
    const { token } = await createInvitation(
      new SqliteAuthStore(db),
      { documentId, createdBy: 'fuzz', publicUrl: 'http://localhost', now: new Date() },
      { role, ...(role === 'speaker' ? { speakerId: fuzzSpeakerId } : {}) },
    )
    return token
  } finally {
    db.close()
  }
}

/** The resident memory of a process in MB, from /proc (Linux, as CI is). */
function readRssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024)
  } catch {
    return 0
  }
}

function toBuffer(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? Buffer.from(data) : data
}

/** `promise`, or a failure naming `what` after `ms`: a hung server fails the test, not its timeout. */
function within<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
