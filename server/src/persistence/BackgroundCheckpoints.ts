import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type Database from 'better-sqlite3'

export interface BackgroundCheckpointOptions {
  /** How often the worker copies the write-ahead log into the database file. */
  everyMs?: number
  /**
   * Pages the log may reach before the writer checkpoints itself, if the worker falls behind
   * or is gone: a bound on the log's size, never reached while the worker keeps up.
   */
  fallbackPages?: number
  onError?: (error: Error) => void
}

export interface BackgroundCheckpoints {
  /** Ends the worker after the checkpoint it may be running; its connection closes with it. */
  stop(): Promise<void>
}

/** better-sqlite3 as this module finds it, for the worker (an eval'd worker resolves nothing itself). */
const driver = createRequire(import.meta.url).resolve('better-sqlite3')

/**
 * The worker's whole body, plain CommonJS so the same text runs under tsx, Vitest and the
 * compiled build. PASSIVE never waits for readers or the writer, and a failed attempt is only
 * tried again at the next tick: the log is still intact and the writer's fallback bounds it.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const say = (error) => parentPort.postMessage(String((error && error.message) || error))
let db
try {
  db = new Database(workerData.file, { fileMustExist: true })
} catch (error) {
  say(error)
  parentPort.close()
}
const timer = db && setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    say(error)
  }
}, workerData.everyMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db?.close()
  parentPort.close()
})
`

/**
 * Copies the write-ahead log of the SQLite file `file` into the database from a worker thread,
 * so the writer never does it. A checkpoint ends with an fsync of several milliseconds; done by
 * the writer (SQLite's default, every 1,000 pages) it stalled one batch of keystrokes about
 * every 450 commits, the slowest updates every client saw. `db` is the writer's connection.
 */
export function startBackgroundCheckpoints(
  db: Database.Database,
  file: string,
  { everyMs = 1_000, fallbackPages = 20_000, onError }: BackgroundCheckpointOptions = {},
): BackgroundCheckpoints {
  db.pragma(`wal_autocheckpoint = ${fallbackPages}`)
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, file, everyMs } })
  // A forgotten stop must not keep the process alive.
  worker.unref()
  worker.on('message', (message: string) => onError?.(new Error(message)))
  worker.on('error', (error: unknown) => {
    onError?.(error instanceof Error ? error : new Error(String(error)))
  })
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return {
    async stop() {
      // Waited for: an unreferenced worker would let the process end with this await unsettled.
      worker.ref()
      worker.postMessage('stop')
      await exited
    },
  }
}
