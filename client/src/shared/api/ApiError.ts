/** A failed API call, with a message a user can act on; `status` is 0 when the server was not reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** From a 429's Retry-After header: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The message to show for anything a request threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.'
}

/** Whether a request was aborted on purpose: not a failure to tell anyone about. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}
