import fs from 'node:fs'
import type { DocumentAccess } from '@minutes/permissions'
import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentRegistry } from '../../documents/DocumentRegistry'
import type { Logger } from '../../logger'
import { MemoryDocumentStore } from '../../persistence/MemoryDocumentStore'
import { createMinutesSchemaRules, minutesRoots } from '../inspection/minutesSchemaRules'
import { SyncSession } from '../SyncSession'
import type { SyncSocket } from '../SyncSocket'
import { clientFrames } from './clientFrames'
import { createRandom, readFuzzSeed } from './createRandom'
import { createValidFrames, firstMarkerClientId, fuzzSpeakerId } from './createValidFrames'
import { type FuzzFrame, generateFrame, generateHarmlessFrame } from './generateFrame'

/** Frames every run sends through the sync layer's decoding, judging and closing. */
const targetFrames = Number(process.env.MINUTES_FUZZ_SESSION_FRAMES ?? 100_000)
/** Time the loop may take at most, so a slow machine fails rather than runs on. */
const budgetMs = Number(process.env.MINUTES_FUZZ_SESSION_MS ?? 120_000)
/** A frame still unanswered after this long is a hang, not a slow frame. */
const hangMs = 2_000

const seed = readFuzzSeed()

/** The close codes `ws` accepts from an application; it throws on any other. */
function isSendableCloseCode(code: number): boolean {
  return (
    (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) ||
    (code >= 3000 && code <= 4999)
  )
}

/**
 * A socket as the transport would adapt it, that records what the session does with it and
 * resolves a wait once a given marker comes back: frames are handled in order, so the marker
 * sent after a frame returning means that frame has been handled in full.
 */
class RecordingSocket implements SyncSocket {
  closedWith: { code: number; reason: string } | undefined
  private awaited: { needle: Buffer; resolve: () => void } | undefined
  onClose: () => void = () => {}

  send(message: Uint8Array): void {
    if (!this.awaited) return
    if (
      Buffer.from(message.buffer, message.byteOffset, message.byteLength).includes(
        this.awaited.needle,
      )
    ) {
      this.awaited.resolve()
      this.awaited = undefined
    }
  }

  close(code: number, reason: string): void {
    // Reasons are bounded by the transport, not here (attachSyncTransport.test and the process
    // fuzz check that); what the session chooses is the code, which ws must accept.
    this.closedWith = { code, reason }
    this.awaited?.resolve()
    this.awaited = undefined
    this.onClose()
  }

  /** Resolves when a message containing `marker` is sent, or the socket closes. */
  whenSent(marker: string): Promise<void> {
    if (this.closedWith) return Promise.resolve()
    return new Promise((resolve) => {
      this.awaited = { needle: Buffer.from(marker), resolve }
    })
  }
}

interface Connection {
  session: SyncSession
  socket: RecordingSocket
  role: string
  /** This connection's own presence id: its marker, claimed by no other connection. */
  markerClientId: number
  markers: number
}

describe('SyncSession under fuzzed frames', () => {
  it('lets no exception escape, closes only with codes ws can send, and never hangs on a frame', async () => {
    // Written at once: a frame that aborts the process (a V8 fatal error) must still show its seed.
    fs.writeSync(2, `SyncSession fuzz: MINUTES_FUZZ_SEED=${seed}\n`)
    const random = createRandom(seed)
    const valid = createValidFrames(random.fork())
    const store = new MemoryDocumentStore()
    const errors: string[] = []
    const logger: Logger = {
      info() {},
      warn() {},
      error: (message, error) => errors.push(`${message}: ${String(error)}`),
    }
    const registry = new DocumentRegistry(store, {
      unloadDelayMs: 30_000,
      compactAfterUpdates: 500,
      logger,
    })
    const dependencies = {
      registry,
      logger,
      schemaRules: createMinutesSchemaRules(),
      roots: minutesRoots,
    }
    const documentIds = ['fuzz-draft', 'fuzz-published']
    for (const id of documentIds) {
      await store.createDocument({ id, title: id, initialState: withSpeakerSection() })
    }
    await registry.setStatus('fuzz-published', 'published')

    const grants: { role: string; access: DocumentAccess }[] = [
      { role: 'secretariat', access: { role: 'secretariat' } },
      { role: 'reviewer', access: { role: 'reviewer' } },
      { role: 'speaker', access: { role: 'speaker', speakerId: fuzzSpeakerId } },
    ]
    const escaped: string[] = []
    const unsendable: string[] = []
    const recordEscape = (error: unknown) => escaped.push(String(error))
    process.on('unhandledRejection', recordEscape)

    let opened = 0
    const open = (): Connection => {
      const { role, access } = random.pick(grants)
      const socket = new RecordingSocket()
      const session = new SyncSession(
        socket,
        random.pick(documentIds),
        async () => ({ access, identity: { name: role, color: '#123456' }, principalId: role }),
        dependencies,
      )
      // The transport reports the socket closed once `ws` has closed it.
      socket.onClose = () => queueMicrotask(() => session.closed())
      opened += 1
      const markerClientId = firstMarkerClientId + opened
      // The marker's id is claimed first, as a tab announces itself: the ids a connection may
      // speak for are bounded, and a frame full of others' ids must not crowd the marker out.
      session.receive(
        clientFrames.awareness([
          { clientId: markerClientId, clock: 0, state: '{"marker":"open"}' },
        ]),
      )
      return { session, socket, role, markerClientId, markers: 0 }
    }

    const connections = Array.from({ length: 6 }, open)
    const closes = new Map<number, number>()
    const kinds = new Map<string, number>()
    let frames = 0
    let worst = { ms: 0, kind: '', bytes: '' }
    const hangs: string[] = []
    const started = performance.now()
    try {
      while (frames < targetFrames && performance.now() - started < budgetMs) {
        const index = random.int(connections.length)
        const connection = connections[index]
        if (!connection) continue
        // A third of frames are what honest clients send, so connections see long sequences.
        const frame: { kind: string; data: FuzzFrame['data'] } = random.chance(0.3)
          ? { kind: 'harmless', data: generateHarmlessFrame(random, valid) }
          : generateFrame(random, valid, { text: false })
        if (typeof frame.data === 'string') continue
        const marker = `"fuzz-marker-${connection.markerClientId}-${++connection.markers}"`
        const frameStarted = performance.now()
        const handled = connection.socket.whenSent(marker)
        try {
          connection.session.receive(frame.data)
          connection.session.receive(
            clientFrames.awareness([
              {
                clientId: connection.markerClientId,
                clock: connection.markers,
                state: `{"marker":${marker}}`,
              },
            ]),
          )
        } catch (error) {
          escaped.push(`${frame.kind}: ${String(error)}`)
        }
        const outcome = await Promise.race([
          handled.then(() => 'handled' as const),
          new Promise<'hang'>((resolve) => setTimeout(() => resolve('hang'), hangMs).unref()),
        ])
        const ms = performance.now() - frameStarted
        frames += 1
        kinds.set(frame.kind, (kinds.get(frame.kind) ?? 0) + 1)
        if (ms > worst.ms) worst = { ms, kind: frame.kind, bytes: hex(frame.data) }
        if (outcome === 'hang') {
          hangs.push(`${frame.kind} (${connection.role}) ${hex(frame.data)}`)
          break
        }
        const closed = connection.socket.closedWith
        if (closed) {
          closes.set(closed.code, (closes.get(closed.code) ?? 0) + 1)
          if (!isSendableCloseCode(closed.code)) {
            unsendable.push(
              `${closed.code} after ${frame.kind} (${connection.role}): ${closed.reason.slice(0, 160)}`,
            )
          }
          connections[index] = open()
        }
      }
      // Let anything the last frames started settle, so a late rejection is still seen here.
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      process.off('unhandledRejection', recordEscape)
      for (const connection of connections) connection.session.closed()
    }

    const elapsed = performance.now() - started
    console.log(
      [
        `SyncSession fuzz (MINUTES_FUZZ_SEED=${seed}): ${frames} frames in ${(elapsed / 1000).toFixed(1)} s on ${opened} sessions`,
        `  kinds: ${[...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
        `  closes by code: ${[...closes].map(([code, count]) => `${code}×${count}`).join(', ')}`,
        `  slowest frame: ${worst.ms.toFixed(1)} ms (${worst.kind}) ${worst.bytes}`,
        `  errors logged by sessions: ${errors.length}${errors.length > 0 ? `, first: ${errors[0]}` : ''}`,
      ].join('\n'),
    )
    const replay = `replay with MINUTES_FUZZ_SEED=${seed}`
    expect(escaped, `exceptions escaped the session; ${replay}`).toEqual([])
    expect(hangs, `a frame was not handled within ${hangMs} ms; ${replay}`).toEqual([])
    expect(
      unsendable.slice(0, 5),
      `${unsendable.length} closes ws would throw on (the first 5 shown); ${replay}`,
    ).toEqual([])
    expect(frames, `frames handled within ${budgetMs} ms`).toBeGreaterThanOrEqual(targetFrames)
  }, 150_000)
})

/** A document with a section of the invited speaker's own, so their edits can be accepted. */
function withSpeakerSection(): Uint8Array {
  const doc = new Y.Doc()
  const section = new Y.XmlElement('speakerSection')
  section.setAttribute('speakerId', fuzzSpeakerId)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Opening statement')])
  section.insert(0, [paragraph])
  doc.getXmlFragment(CONTENT_FRAGMENT_NAME).insert(0, [section])
  doc.getMap(PEOPLE_MAP_NAME).set(fuzzSpeakerId, { id: fuzzSpeakerId, name: 'Fuzz Speaker' })
  return Y.encodeStateAsUpdate(doc)
}

/** The first bytes of a frame, enough to recognise it in a report. */
function hex(data: Uint8Array): string {
  const shown = Buffer.from(data.subarray(0, 48)).toString('hex')
  return data.length > 48 ? `${shown}… (${data.length} bytes)` : shown
}
