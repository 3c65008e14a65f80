import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** Yjs as this module finds it, for the worker (an eval'd worker resolves nothing itself). */
const yjs = createRequire(import.meta.url).resolve('yjs')

/**
 * The worker's whole body, plain CommonJS so the same text runs under tsx, Vitest and the
 * compiled build. Each request is `{ id, updates }`; each answer `{ id, merged }` or
 * `{ id, error }`, the merged bytes handed over rather than copied.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Y = require(workerData.yjs)
parentPort.on('message', ({ id, updates }) => {
  try {
    const merged = Y.mergeUpdates(updates)
    parentPort.postMessage({ id, merged }, [merged.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) })
  }
})
`

export interface UpdateMerger {
  /** Yjs' `mergeUpdates`, off the event loop. Rejects if the worker fails; a later call starts anew. */
  merge(updates: Uint8Array[]): Promise<Uint8Array>
  /** Ends the worker; merges still waiting reject. */
  stop(): Promise<void>
}

interface Waiting {
  resolve(merged: Uint8Array): void
  reject(error: Error): void
}

/**
 * Merges Yjs updates in a worker thread. Compacting a document's log merges all of it: for
 * minutes the size of the B4 editing trace (a 4 MB state) that held the event loop for 200–300 ms
 * every 500 updates, and every client of every document in the process waited that long.
 */
export function startUpdateMerger(): UpdateMerger {
  let worker: Worker | undefined
  let nextId = 0
  const waiting = new Map<number, Waiting>()

  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error)
    waiting.clear()
  }
  const start = (): Worker => {
    const started = new Worker(workerSource, { eval: true, workerData: { yjs } })
    // Idle, it must not keep the process alive; busy, it is referenced (see merge).
    started.unref()
    started.on('message', (answer: { id: number; merged?: Uint8Array; error?: string }) => {
      const entry = waiting.get(answer.id)
      waiting.delete(answer.id)
      if (waiting.size === 0) started.unref()
      if (!entry) return
      if (answer.merged) entry.resolve(answer.merged)
      else entry.reject(new Error(`merging updates failed: ${answer.error}`))
    })
    started.on('error', (error) => failAll(error))
    started.on('exit', (code) => {
      if (worker === started) worker = undefined
      failAll(new Error(`the update merger stopped (exit code ${code})`))
    })
    return started
  }

  return {
    merge(updates) {
      worker ??= start()
      const id = nextId++
      const target = worker
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        target.ref()
        target.postMessage({ id, updates })
      })
    },
    async stop() {
      const stopping = worker
      worker = undefined
      // Resolves once the worker has exited; its 'exit' handler rejects what was still waiting.
      await stopping?.terminate()
    },
  }
}
