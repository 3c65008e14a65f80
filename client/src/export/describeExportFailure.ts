import { ApiError } from '../shared/api/ApiError'

/** "The export failed: <what the server said>. Try again.", whatever the cause. */
export function describeExportFailure(error: unknown): string {
  if (error instanceof ApiError && error.status === 0) {
    return 'The export failed: the server could not be reached. Check your connection and try again.'
  }
  const reason = error instanceof Error && error.message.trim() ? error.message : 'unknown error'
  const sentence = `The export failed: ${reason.trim().replace(/[.\s]+$/, '')}.`
  // The server's message may already say when to try again ("Try again shortly.").
  return /\btry again\b/i.test(reason) ? sentence : `${sentence} Try again.`
}
