/** The minutes asked for do not exist (or the id is not one the server makes). */
export class DocumentNotFoundError extends Error {
  override name = 'DocumentNotFoundError'

  constructor(readonly documentId: string) {
    super(`There is no document with id "${documentId}".`)
  }
}
