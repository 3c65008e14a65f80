/**
 * Why a file could not be imported as a Word document; the message says what to do.
 * `tooLarge` is an archive that would expand past the import's bounds.
 */
export type DocxProblem = 'empty' | 'notDocx' | 'unreadable' | 'tooLarge'

export class DocxImportError extends Error {
  override name = 'DocxImportError'

  constructor(
    readonly problem: DocxProblem,
    message: string,
  ) {
    super(message)
  }
}
