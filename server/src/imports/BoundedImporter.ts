import {
  type ArchiveLimits,
  archiveLimits,
  DocxImportError,
  hasZipSignature,
  type ImportResult,
  readZipDirectory,
} from '@minutes/import'
import { ImportFailure } from './ImportFailure'
import type { ImportJob } from './ImportJob'
import { ImportWorker } from './ImportWorker'
import type { ImportFile } from './importFile'

export interface ImportBounds {
  archive: ArchiveLimits
  /** A worker's JavaScript heap; past it the worker dies, not the server. */
  maxHeapMb: number
  timeoutMs: number
  /** Imports read at once; more wait their turn, up to `maxWaiting`, then are turned away. */
  maxConcurrent: number
  maxWaiting: number
  /** How long a worker waits for the next import (a preview is followed by the import). */
  idleMs: number
}

export const importBounds: ImportBounds = {
  archive: archiveLimits,
  maxHeapMb: 256,
  timeoutMs: 20_000,
  maxConcurrent: 2,
  maxWaiting: 8,
  idleMs: 30_000,
}

/**
 * Imports files in worker threads with a bounded heap and a deadline, so that no file (a
 * zip bomb, or an expansion nobody foresaw) can block the event loop or exhaust the process's
 * memory. A refusal, a worker out of memory (413) or out of time (422) is an `ImportFailure`;
 * a worker that failed is ended and the next import gets a fresh one. A Word document's
 * archive directory is checked here first: it costs microseconds and answers the common bomb
 * at once.
 */
export class BoundedImporter {
  private running = 0
  private readonly waiting: (() => void)[] = []
  private readonly idle = new Set<ImportWorker>()

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

  private async inWorker(job: ImportJob): Promise<ImportResult> {
    const { maxHeapMb, timeoutMs, idleMs } = this.bounds
    const parked = [...this.idle].find((worker) => worker.isAlive)
    if (parked) this.idle.delete(parked)
    const worker = parked ?? new ImportWorker(maxHeapMb, (ended) => this.idle.delete(ended))
    let deadline: NodeJS.Timeout | undefined
    const outcome = await Promise.race([
      worker.run(job),
      new Promise<{ kind: 'outOfTime' }>((resolve) => {
        deadline = setTimeout(() => resolve({ kind: 'outOfTime' }), timeoutMs)
      }),
    ])
    clearTimeout(deadline)
    const isHealthy = outcome.kind === 'imported' || outcome.kind === 'refused'
    if (isHealthy && worker.isAlive) {
      worker.park(idleMs)
      this.idle.add(worker)
    } else void worker.terminate()

    switch (outcome.kind) {
      case 'imported':
        return outcome.result
      case 'refused':
        throw new ImportFailure(outcome.status, outcome.message)
      case 'outOfMemory':
        throw new ImportFailure(
          413,
          `The file needs more than the ${maxHeapMb} MB of memory an import may use once unpacked, so it was not imported. Remove large images or split the minutes, and try again.`,
        )
      case 'outOfTime':
        throw new ImportFailure(
          422,
          `The file took more than ${Math.ceil(timeoutMs / 1000)} seconds to read, so it was not imported: it is too complex. Open it in Word, save it again as .docx, or split the minutes, and try again.`,
        )
      case 'stopped':
        throw new ImportFailure(
          422,
          `The file could not be read: the reader stopped (code ${outcome.code}). Open it in Word, save it again as .docx and try again.`,
        )
      case 'failed':
      case 'crashed':
        // A fault of ours, not of the file: the server logs it as such.
        throw outcome.error
    }
  }
}

/** The process's importer: its bounds hold for every import the process reads at once. */
export const boundedImporter = new BoundedImporter()
