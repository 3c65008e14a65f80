import type { ArchiveLimits, ImportResult } from '@minutes/import'
import type { ImportFailureStatus } from './ImportFailure'
import type { ImportFile } from './importFile'

/** What the parent hands an import worker. */
export interface ImportJob {
  file: ImportFile
  limits: ArchiveLimits
}

/** The one message an import worker sends back. */
export type ImportOutcome =
  | { kind: 'imported'; result: ImportResult }
  | { kind: 'refused'; status: ImportFailureStatus; message: string }
  | { kind: 'failed'; error: Error }
