import { Worker } from 'node:worker_threads'
import {
  type ArchiveLimits,
  archiveLimits,
  DocxImportError,
  hasZipSignature,
  type ImportResult,
  readZipDirectory,
} from '@minutes/import'
import { ImportFailure } from './ImportFailure'
import type { ImportJob, ImportOutcome } from './ImportJob'
import type { ImportFile } from './importFile'

export interface ImportBounds {
  archive: ArchiveLimits
  /** The worker's JavaScript heap; past it the worker dies, not the server. */
  maxHeapMb: number
  timeoutMs: number
  /** Imports read at once; more wait their turn, up to `maxWaiting`, then are turned away. */
  maxConcurrent: number
  maxWaiting: number
}

export const importBounds: ImportBounds = {
  archive: archiveLimits,
  maxHeapMb: 256,
  timeoutMs: 20_000,
  maxConcurrent: 2,
  maxWaiting: 8,
}

const workerEntry = new URL('./importWorkerEntry.mjs', import.meta.url)

/**
 * Imports files each in a worker thread of its own, with a bounded heap and a deadline, so
 * that no file (a zip bomb, or an expansion nobody foresaw) can block the server's event loop
 * or exhaust its memory. A refusal, a worker out of memory (413) or out of time (422) is an
 * `ImportFailure`; the next import starts a fresh worker. A Word document's archive directory
 * is checked here first, as it costs microseconds and answers the common bomb at once.
 */
export class BoundedImporter {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly bounds: ImportBounds = importBounds) {}

  async importFile(file: ImportFile): Promise<ImportResult> {
    if (hasZipSignature(file.bytes)) {
      try {
        readZipDirectory(file.bytes, this.bounds.archive)
      } catch (error) {
        if (error instanceof DocxImportError) throw ImportFailure.fromDocx(error)
        throw error
      }
    }
    await this.turn()
    try {
      return await this.inWorker({ file, limits: this.bounds.archive })
    } finally {
      this.running--
      this.waiting.shift()?.()
    }
  }

  private async turn(): Promise<void> {
    if (this.running < this.bounds.maxConcurrent) {
      this.running++
      return
    }
    if (this.waiting.length >= this.bounds.maxWaiting) {
      throw new ImportFailure(
        503,
        'Too many files are being imported at once. Try again in a minute.',
      )
    }
    // The finishing import hands its place over: `running` stays as it is.
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  private inWorker(job: ImportJob): Promise<ImportResult> {
    const { maxHeapMb, timeoutMs } = this.bounds
    const worker = new Worker(workerEntry, {
      workerData: job,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    })
    return new Promise<ImportResult>((resolve, reject) => {
      let settled = false
      const settle = (outcome: () => void) => {
        if (settled) return
        settled = true
        clearTimeout(deadline)
        void worker.terminate()
        outcome()
      }
      const deadline = setTimeout(() => {
        settle(() =>
          reject(
            new ImportFailure(
              422,
              `The file took more than ${Math.round(timeoutMs / 1000)} seconds to read, so it was not imported: it is too complex. Open it in Word, save it again as .docx, or split the minutes, and try again.`,
            ),
          ),
        )
      }, timeoutMs)
      worker.once('message', (outcome: ImportOutcome) => {
        settle(() => {
          if (outcome.kind === 'imported') resolve(outcome.result)
          else if (outcome.kind === 'refused')
            reject(new ImportFailure(outcome.status, outcome.message))
          else reject(outcome.error)
        })
      })
      worker.once('error', (error: Error & { code?: string }) => {
        settle(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new ImportFailure(
                  413,
                  `The file needs more than the ${maxHeapMb} MB of memory an import may use once unpacked, so it was not imported. Remove large images or split the minutes, and try again.`,
                )
              : error,
          ),
        )
      })
      worker.once('exit', (code) => {
        settle(() =>
          reject(
            new ImportFailure(
              422,
              `The file could not be read (the reader stopped with code ${code}). Open it in Word, save it again as .docx and try again.`,
            ),
          ),
        )
      })
    })
  }
}
