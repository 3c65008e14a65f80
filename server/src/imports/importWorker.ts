// The body of an import worker (started by `BoundedImporter` through `importWorkerEntry.mjs`).
import { parentPort, workerData } from 'node:worker_threads'
import { ImportFailure } from './ImportFailure'
import type { ImportJob, ImportOutcome } from './ImportJob'
import { importFile } from './importFile'

const job: ImportJob = workerData

async function run(): Promise<ImportOutcome> {
  try {
    return { kind: 'imported', result: await importFile(job.file, job.limits) }
  } catch (error) {
    if (error instanceof ImportFailure) {
      return { kind: 'refused', status: error.status, message: error.message }
    }
    return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) }
  }
}

parentPort?.postMessage(await run())
