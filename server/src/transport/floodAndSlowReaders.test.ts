import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import {
  appendParagraph,
  connectClient,
  paragraphs,
  type TestClient,
  waitFor,
} from '../testing/connectClient'
import { type ServerProcess, startServerProcess } from '../testing/startServerProcess'

/**
 * Issue 15's battery, against the real server process: a flood of connections that never say who
 * they are, and readers too slow to keep up, are refused or dropped early, the server's memory
 * stays flat, and an honest client's editing goes on throughout. Figures are printed.
 */
const floodAttempts = 3_000
const floodWave = 150
const slowReaders = 20
/** Small, so that a few megabytes of updates overrun it; the default is 16 MiB. */
const maxBufferedBytes = 1024 * 1024
/** 15 MB to each reader: far past what the kernel's socket buffers hold for it. */
const updates = 150
const updateBytes = 100 * 1024

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-flood-'))
const adminToken = randomBytes(32).toString('base64url')
let server: ServerProcess
let wsUrl: string
let documentId: string
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startServerProcess({
    dataDir,
    adminToken,
    env: {
      MINUTES_DEMO: 'off',
      MINUTES_MAX_BUFFERED_BYTES: String(maxBufferedBytes),
      // Every connection of this test comes from 127.0.0.1: the per-address limit is tested on
      // its own (limitConnectionsPerAddress.test.ts); here the flood must meet the server itself.
      MINUTES_CONNECTIONS_PER_IP: '0',
    },
  })
  wsUrl = `${server.url.replace(/^http/, 'ws')}/sync`
  const created = await fetch(`${server.url}/api/docs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ title: 'Flooded' }),
  })
  documentId = ((await created.json()) as { id: string }).id
})

afterAll(() => {
  for (const client of clients) client.destroy()
  server?.child.kill('SIGKILL')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function rssMb(): number {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024)
}

function connect(options: Parameters<typeof connectClient>[2] = {}): TestClient {
  const client = connectClient(wsUrl, documentId, options)
  clients.push(client)
  return client
}

/** One connection without credentials that sends a sync step 1; resolves with how it ended. */
function attemptWithoutCredentials(): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${wsUrl}/${documentId}`)
    const timer = setTimeout(() => {
      socket.terminate()
      resolve('kept open')
    }, 20_000)
    const end = (outcome: string) => {
      clearTimeout(timer)
      resolve(outcome)
    }
    socket.on('open', () => socket.send(new Uint8Array([0, 0, 1, 0])))
    socket.on('unexpected-response', (_request, response) => {
      end(`HTTP ${response.statusCode}`)
      socket.terminate()
    })
    socket.on('close', (code) => end(`close ${code}`))
    socket.on('error', () => {})
  })
}

describe('the server process under a flood and slow readers', () => {
  it(`refuses ${floodAttempts} connections without credentials, memory flat, while an honest client edits`, async () => {
    const writer = connect({ bearer: adminToken })
    const reader = connect({ bearer: adminToken })
    await Promise.all([writer.synced, reader.synced])
    appendParagraph(writer.doc, 'warm-up')
    await waitFor(() => paragraphs(reader.doc).includes('warm-up'), 'the warm-up edit')
    const rssBefore = rssMb()

    const outcomes = new Map<string, number>()
    let edits = 0
    const started = performance.now()
    for (let sent = 0; sent < floodAttempts; sent += floodWave) {
      const wave = await Promise.all(
        Array.from(
          { length: Math.min(floodWave, floodAttempts - sent) },
          attemptWithoutCredentials,
        ),
      )
      for (const outcome of wave) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
      // The honest client's editing goes on between waves, and arrives.
      edits += 1
      appendParagraph(writer.doc, `edit ${edits}`)
    }
    const floodMs = performance.now() - started
    await waitFor(() => paragraphs(reader.doc).includes(`edit ${edits}`), 'the last honest edit')
    const rssAfter = rssMb()
    console.log(
      `[battery] flood: ${floodAttempts} connections without credentials in ${(floodMs / 1000).toFixed(1)} s — ${[...outcomes].map(([outcome, count]) => `${outcome} ×${count}`).join(', ')}; RSS ${rssBefore} → ${rssAfter} MB; ${edits} honest edits all arrived`,
    )
    expect(outcomes.get('kept open') ?? 0).toBe(0)
    expect(outcomes.get('close 4401')).toBe(floodAttempts)
    expect(rssAfter - rssBefore).toBeLessThan(60)
    expect(paragraphs(reader.doc).filter((text) => text.startsWith('edit '))).toHaveLength(edits)
  }, 180_000)

  it(`drops ${slowReaders} readers that stop reading once their backlog passes the allowance`, async () => {
    const writer = connect({ bearer: adminToken })
    const fast = connect({ bearer: adminToken })
    await Promise.all([writer.synced, fast.synced])
    const slow = await Promise.all(
      Array.from({ length: slowReaders }, () => openStalledReader(server.url, documentId)),
    )
    const rssBefore = rssMb()

    const text = 'x'.repeat(updateBytes)
    for (let index = 0; index < updates; index++) {
      writer.doc.transact(() => {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText(`${index} ${text}`)])
        writer.doc.getXmlFragment('default').push([paragraph])
      })
      await wait(20)
    }
    await waitFor(
      () => paragraphs(fast.doc).some((paragraph) => paragraph.startsWith(`${updates - 1} `)),
      'the fast reader to have every update',
      60_000,
    )
    const rssAfter = rssMb()
    // Now read what each stalled reader was sent: its stream must end with the server's close.
    const codes = await Promise.all(slow.map((reader) => reader.readToTheEnd()))
    const received = slow.map((reader) => reader.receivedBytes())
    const sentMb = (updates * updateBytes) / 1024 / 1024
    console.log(
      `[battery] slow readers: ${slowReaders} stalled readers, ${sentMb.toFixed(1)} MB of updates; closes ${[...new Set(codes)].join(', ')}; each was sent at most ${(Math.max(...received) / 1024 / 1024).toFixed(1)} MB before it; RSS ${rssBefore} → ${rssAfter} MB (the document itself holds ${sentMb.toFixed(0)} MB of text)`,
    )
    expect(codes.every((code) => code === 1008)).toBe(true)
    expect(Math.max(...received)).toBeLessThan(updates * updateBytes)
  }, 180_000)
})

/**
 * A reader whose network stalled: a websocket made by hand on a raw TCP socket (`ws` resumes a
 * paused socket as soon as it has parsed what it holds), which says hello, then reads nothing
 * until `readToTheEnd`.
 */
async function openStalledReader(url: string, documentId: string) {
  const { hostname, port } = new URL(url)
  const socket = net.connect({ host: hostname, port: Number(port) })
  socket.on('error', () => {})
  const key = randomBytes(16).toString('base64')
  socket.write(
    `GET /sync/${documentId} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n` +
      `Authorization: Bearer ${adminToken}\r\n\r\n`,
  )
  let received = Buffer.alloc(0)
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const headerEnd = received.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      socket.off('data', onData)
      socket.pause()
      if (!received.subarray(0, 12).toString().includes('101')) reject(new Error('no upgrade'))
      received = received.subarray(headerEnd + 4)
      resolve()
    }
    socket.on('data', onData)
  })
  // Sync step 1 with an empty state vector, masked as a client's frame must be.
  const payload = Buffer.from([0, 0, 1, 0])
  const mask = randomBytes(4)
  const masked = payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0))
  socket.write(Buffer.concat([Buffer.from([0x82, 0x80 | payload.length]), mask, masked]))
  let total = received.length
  return {
    receivedBytes: () => total,
    /** Reads everything the server sent; resolves with the code of its close frame (0: none). */
    readToTheEnd(): Promise<number> {
      return new Promise((resolve) => {
        const chunks: Buffer[] = [received]
        let isDone = false
        const finish = () => {
          if (isDone) return
          isDone = true
          clearTimeout(timer)
          socket.destroy()
          resolve(closeCodeOf(Buffer.concat(chunks)))
        }
        const timer = setTimeout(finish, 20_000)
        socket.on('data', (chunk: Buffer) => {
          chunks.push(chunk)
          total += chunk.length
          // The close frame is the last thing the server sends; then it waits for ours.
          if (chunk.includes(0x88) && closeCodeOf(Buffer.concat(chunks)) !== 0) finish()
        })
        socket.on('close', finish)
        socket.resume()
      })
    },
  }
}

/** The code of the close frame among the server's (unmasked) frames, or 0. */
function closeCodeOf(stream: Buffer): number {
  let offset = 0
  while (offset + 2 <= stream.length) {
    const opcode = (stream[offset] ?? 0) & 0x0f
    let length = (stream[offset + 1] ?? 0) & 0x7f
    let header = 2
    if (length === 126) {
      if (offset + 4 > stream.length) return 0
      length = stream.readUInt16BE(offset + 2)
      header = 4
    } else if (length === 127) {
      if (offset + 10 > stream.length) return 0
      length = Number(stream.readBigUInt64BE(offset + 2))
      header = 10
    }
    if (offset + header + length > stream.length) return 0
    if (opcode === 0x8) return length >= 2 ? stream.readUInt16BE(offset + header) : 1005
    offset += header + length
  }
  return 0
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
