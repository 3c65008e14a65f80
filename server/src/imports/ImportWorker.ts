import { Worker } from 'node:worker_threads'
import type { ImportJob, ImportOutcome } from './ImportJob'

/** Set by the compiled build (scripts/lib/buildServer.mjs) to its own compiled worker. */
declare const MINUTES_IMPORT_WORKER_URL: string | undefined

// Under tsx or Vitest the entry registers tsx first: a worker does not inherit its parent's loader.
const entry =
  typeof MINUTES_IMPORT_WORKER_URL === 'string'
    ? new URL(MINUTES_IMPORT_WORKER_URL)
    : new URL('./importWorkerEntry.mjs', import.meta.url)

/** How a worker ended a job without an outcome: out of memory, an uncaught error, or gone. */
export type WorkerEnd =
  | { kind: 'outOfMemory' }
  | { kind: 'crashed'; error: Error }
  | { kind: 'stopped'; code: number }

/**
 * One import worker thread with a bounded heap, running one job at a time. It keeps the
 * process alive only while it has a job, so an idle one never holds the server or CLI open.
 */
export class ImportWorker {
  private readonly worker: Worker
  private pending: ((outcome: ImportOutcome | WorkerEnd) => void) | undefined
  private idleTimer: NodeJS.Timeout | undefined
  isAlive = true

  constructor(maxHeapMb: number, onExit: (worker: ImportWorker) => void) {
    this.worker = new Worker(entry, {
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    })
    this.worker.unref()
    this.worker.on('message', (outcome: ImportOutcome) => this.settle(outcome))
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { kind: 'outOfMemory' }
          : { kind: 'crashed', error },
      ),
    )
    this.worker.on('exit', (code) => {
      this.isAlive = false
      clearTimeout(this.idleTimer)
      onExit(this)
      this.settle({ kind: 'stopped', code })
    })
  }

  run(job: ImportJob): Promise<ImportOutcome | WorkerEnd> {
    clearTimeout(this.idleTimer)
    this.worker.ref()
    return new Promise((resolve) => {
      this.pending = resolve
      this.worker.postMessage(job)
    })
  }

  /** Waits for the next job, and ends after `idleMs` without one. */
  park(idleMs: number): void {
    this.worker.unref()
    this.idleTimer = setTimeout(() => void this.terminate(), idleMs).unref()
  }

  terminate(): Promise<number> {
    this.isAlive = false
    this.pending = undefined
    clearTimeout(this.idleTimer)
    return this.worker.terminate()
  }

  private settle(outcome: ImportOutcome | WorkerEnd): void {
    const pending = this.pending
    this.pending = undefined
    pending?.(outcome)
  }
}
