import type { ErrorBody } from '@minutes/protocol'
import { ApiError, isAbortError } from './ApiError'

/** The message of a failed response's `{ "error" }` body, or `fallback` when it sent none. */
export async function serverErrorMessage(response: Response, fallback: string): Promise<string> {
  const body: unknown = await response.json().catch(() => null)
  return isErrorBody(body) ? body.error : fallback
}

// Checked by hand, not with the schema: Zod's parser would join the first page's bundle.
function isErrorBody(body: unknown): body is ErrorBody {
  return (
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
  )
}

/** One JSON request to the server (same origin); errors become ApiErrors with the server's message. */
export async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    })
  } catch (error) {
    if (isAbortError(error)) throw error
    throw new ApiError('Could not reach the server. Check your connection and try again.', 0)
  }
  if (!response.ok) {
    const message = await serverErrorMessage(
      response,
      `The server could not handle the request (HTTP ${response.status}). Try again.`,
    )
    const retryAfter = Number(response.headers.get('Retry-After'))
    throw new ApiError(
      message,
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    )
  }
  return (await response.json().catch(() => null)) as T
}
