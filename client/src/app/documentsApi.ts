export interface DocumentSummary {
  id: string
  title: string
  /** ISO 8601 timestamp of the last change. */
  updatedAt: string
}

/** A failed API call, with a message a user can act on; `status` is 0 when the server was not reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The message to show for anything a request threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong. Try again.'
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ApiError('Could not reach the server. Check your connection and try again.', 0)
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
        ? body.error
        : `The server could not handle the request (HTTP ${response.status}). Try again.`
    throw new ApiError(message, response.status)
  }
  return body as T
}

/** The documents HTTP API of the Minutes server (same origin). */
export const documentsApi = {
  list: (signal?: AbortSignal) => requestJson<DocumentSummary[]>('/api/docs', { signal }),

  create: (title: string) =>
    requestJson<{ id: string }>('/api/docs', { method: 'POST', body: JSON.stringify({ title }) }),

  get: (id: string, signal?: AbortSignal) =>
    requestJson<DocumentSummary>(`/api/docs/${encodeURIComponent(id)}`, { signal }),

  rename: (id: string, title: string) =>
    requestJson<DocumentSummary>(`/api/docs/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: JSON.stringify({ title }),
    }),
}
