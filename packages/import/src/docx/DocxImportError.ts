/** Why a file could not be imported as a Word document; the message says what to do. */
export type DocxProblem = 'empty' | 'notDocx' | 'unreadable'

export class DocxImportError extends Error {
  override name = 'DocxImportError'

  constructor(
    readonly problem: DocxProblem,
    message: string,
  ) {
    super(message)
  }
}
