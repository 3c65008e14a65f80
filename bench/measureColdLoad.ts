import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { sleep } from './measureFanout'
import { openSyncConnection } from './SyncConnection'
import {
  type DocumentAddress,
  type ServerKind,
  setMinutesEnv,
  startBenchServer,
} from './startBenchServer'

/** How many stored updates the uncompacted log is cut into (one per ~100 edits of the trace). */
const logUpdates = Number(process.env.BENCH_LOG_UPDATES ?? 2_600)
const paragraphs = 100

/** A document's edits on top of the state a server started it with. */
interface Trace {
  /** The whole document, for servers that start documents empty. */
  state: Uint8Array
  /** What the edits added to the server's initial state, as one update. */
  compacted: Uint8Array
  /** The same, cut into `logUpdates` updates in the order they were typed. */
  log: Uint8Array[]
  /** The client's own Y.applyUpdate of `state` into an empty document, ms. */
  applyMs: number
  /** The editing client, and its clock once every edit is in. */
  clientId: number
  clock: number
}

/**
 * A B4-like editing trace, deterministic (seeded PRNG): `edits` single-character transactions
 * in 100 new paragraphs, a cursor that mostly moves on and sometimes jumps, ~30% backspaces.
 */
export function generateTrace(base: Uint8Array, edits: number): Trace {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  const baseVector = Y.encodeStateVector(doc)
  const fragment = doc.getXmlFragment('default')
  const texts: Y.XmlText[] = []
  doc.transact(() => {
    for (let index = 0; index < paragraphs; index++) {
      const paragraph = new Y.XmlElement('paragraph')
      const text = new Y.XmlText()
      paragraph.insert(0, [text])
      texts.push(text)
      fragment.insert(fragment.length, [paragraph])
    }
  })
  const typed: Uint8Array[] = [Y.encodeStateAsUpdate(doc, baseVector)]
  doc.on('update', (update: Uint8Array) => typed.push(update))
  let seed = 0x9e3779b9
  const random = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return seed / 2 ** 32
  }
  let text = texts[0]!
  let position = 0
  for (let edit = 0; edit < edits; edit++) {
    if (random() < 0.02) {
      text = texts[Math.floor(random() * texts.length)]!
      position = Math.floor(random() * (text.length + 1))
    }
    if (position > 0 && random() < 0.3) {
      text.delete(--position, 1)
    } else {
      text.insert(position++, String.fromCharCode(97 + Math.floor(random() * 26)))
    }
  }
  const perUpdate = Math.ceil(typed.length / logUpdates)
  const log: Uint8Array[] = []
  for (let start = 0; start < typed.length; start += perUpdate) {
    log.push(Y.mergeUpdates(typed.slice(start, start + perUpdate)))
  }
  const state = Y.encodeStateAsUpdate(doc)
  const started = performance.now()
  Y.applyUpdate(new Y.Doc(), state)
  return {
    state,
    compacted: Y.encodeStateAsUpdate(doc, baseVector),
    log,
    applyMs: performance.now() - started,
    clientId: doc.clientID,
    clock: Y.getState(doc.store, doc.clientID),
  }
}

/** The initial state of a document, as a writer syncing with it receives it. */
async function initialState(address: DocumentAddress): Promise<Uint8Array> {
  const doc = new Y.Doc()
  const connection = openSyncConnection({ ...address, doc })
  await connection.synced
  connection.close()
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Connects a client and settles when it has the trace's last edit, however it came: in sync
 * step 2, or broadcast later (y-websocket-server answers before its LevelDB has loaded).
 */
function untilWhole(address: DocumentAddress, trace: Trace, timeoutMs = 120_000) {
  let settle = () => {}
  const connection = openSyncConnection({
    ...address,
    onUpdate(update) {
      if ((Y.parseUpdateMeta(update).to.get(trace.clientId) ?? 0) >= trace.clock) settle()
    },
  })
  const whole = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      connection.close()
      reject(new Error(`${address.url}: the document did not arrive whole in ${timeoutMs} ms`))
    }, timeoutMs)
    settle = () => {
      clearTimeout(timer)
      connection.close()
      resolve()
    }
  })
  return { connection, whole }
}

/** Sends `updates` and waits until a second client has the trace's last edit broadcast. */
async function store(address: DocumentAddress, updates: Uint8Array[], trace: Trace) {
  const witness = untilWhole(address, trace)
  const writer = openSyncConnection({ ...address, doc: new Y.Doc() })
  await Promise.all([witness.connection.synced, writer.synced])
  for (const update of updates) writer.sendUpdate(update)
  await witness.whole
  // Debounced stores (Hocuspocus, y-leveldb's writes) get time to land; stopping flushes too.
  await sleep(2_500)
  writer.close()
}

type Variant = 'compacted' | 'log'
interface Seeded {
  kind: ServerKind
  dataDir: string
  documents: { variant: Variant; documentName: string; trace: Trace }[]
}

/**
 * Seeds every server with the same edits (ours on top of its initial content, others with the
 * whole state), then restarts it before each measurement: connect until a new client has the
 * last edit.
 */
export async function measureColdLoad(
  kinds: ServerKind[],
  edits: number,
  rounds: number,
  dataDirFor: (kind: ServerKind) => string,
): Promise<string[]> {
  // Ours keeps every update in the log for this scenario; the compacted document has one row.
  setMinutesEnv({ MINUTES_COMPACT_AFTER_UPDATES: '1000000' })
  const lines: string[] = []
  try {
    const seeded: Seeded[] = []
    let reference: Trace | undefined
    for (const kind of kinds) {
      const dataDir = dataDirFor(kind)
      const server = await startBenchServer(kind, dataDir)
      const documents: Seeded['documents'] = []
      try {
        const variants: Variant[] = kind === 'hocuspocus' ? ['compacted'] : ['compacted', 'log']
        for (const variant of variants) {
          const address = await server.createDocument(`cold-${variant}`)
          const base = kind === 'minutes' ? await initialState(address) : new Uint8Array([0, 0])
          const trace = kind === 'minutes' || !reference ? generateTrace(base, edits) : reference
          if (variant === 'compacted') reference ??= trace
          const updates =
            kind !== 'minutes'
              ? peerUpdates(trace, variant)
              : variant === 'compacted'
                ? [trace.compacted]
                : trace.log
          await store(address, updates, trace)
          documents.push({ variant, documentName: address.documentName, trace })
        }
      } finally {
        await server.stop()
      }
      seeded.push({ kind, dataDir, documents })
    }
    lines.push(
      `state ${((reference?.state.length ?? 0) / 1e6).toFixed(1)} MB; the client's own Y.applyUpdate of it: ${reference?.applyMs.toFixed(0)} ms`,
    )
    const times = new Map<string, number[]>()
    for (let round = 0; round < rounds; round++) {
      for (let index = 0; index < seeded.length; index++) {
        const { kind, dataDir, documents } = seeded[(index + round) % seeded.length]!
        for (const { variant, documentName, trace } of documents) {
          const server = await startBenchServer(kind, dataDir)
          try {
            const started = performance.now()
            await untilWhole(server.address(documentName), trace).whole
            const list = times.get(`${kind} ${variant}`) ?? []
            list.push(performance.now() - started)
            times.set(`${kind} ${variant}`, list)
          } finally {
            await server.stop()
          }
        }
      }
    }
    for (const [name, list] of times) {
      const sorted = [...list].sort((a, b) => a - b)
      lines.push(
        `${name.padEnd(32)}${sorted[Math.floor(sorted.length / 2)]!.toFixed(0).padStart(8)} ms` +
          `  (${sorted[0]!.toFixed(0)}–${sorted[sorted.length - 1]!.toFixed(0)})`,
      )
    }
  } finally {
    setMinutesEnv({})
  }
  return lines
}

/** A peer starts documents empty: the whole state at once, or the base then the typed log. */
function peerUpdates(trace: Trace, variant: Variant): Uint8Array[] {
  if (variant === 'compacted') return [trace.state]
  const typed = Y.mergeUpdates(trace.log)
  const base = Y.diffUpdate(trace.state, Y.encodeStateVectorFromUpdate(typed))
  return [base, ...trace.log]
}
