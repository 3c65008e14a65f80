// The body of an import worker (started by `ImportWorker` through `importWorkerEntry.mjs`):
// one job at a time, one outcome per job.
import { parentPort } from 'node:worker_threads'
import { ImportFailure } from './ImportFailure'
import type { ImportJob, ImportOutcome } from './ImportJob'
import { importFile } from './importFile'

async function run(job: ImportJob): Promise<ImportOutcome> {
  try {
    return { kind: 'imported', result: await importFile(job.file, job.limits) }
  } catch (error) {
    if (error instanceof ImportFailure) {
      return { kind: 'refused', status: error.status, message: error.message }
    }
    return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) }
  }
}

parentPort?.on('message', async (job: ImportJob) => {
  parentPort?.postMessage(await run(job))
})
