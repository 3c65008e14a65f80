import type { DocxImportError } from '@minutes/import'

export type ImportFailureStatus = 400 | 413 | 415 | 422 | 503

/** Why a file was not imported, as the HTTP status it answers with and a message to act on. */
export class ImportFailure extends Error {
  override name = 'ImportFailure'

  constructor(
    readonly status: ImportFailureStatus,
    message: string,
  ) {
    super(message)
  }

  static fromDocx(error: DocxImportError): ImportFailure {
    const status = { empty: 400, tooLarge: 413, notDocx: 422, unreadable: 422 } as const
    return new ImportFailure(status[error.problem], error.message)
  }
}
