/**
 * The database cannot be reached (down, restarting, pool exhausted). Callers answer "try again
 * later" (HTTP 503, websocket close 1013) instead of treating it as a bug or a missing document.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError'
  constructor(options?: { cause?: unknown }) {
    super('The database cannot be reached just now. Try again shortly.', options)
  }
}
