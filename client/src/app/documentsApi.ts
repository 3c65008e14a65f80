import type { Role, WorkflowStatus } from '@minutes/permissions'
import { handleUnauthorized } from '../auth/handleUnauthorized'

export interface DocumentSummary {
  id: string
  title: string
  status: WorkflowStatus
  /** ISO 8601 timestamp of the last change. */
  updatedAt: string
  /** Who approved the minutes (as the server knew them) and when, while approved or published. */
  approvedBy?: string | null
  approvedAt?: string | null
  /** Who published them and when, while published. */
  publishedBy?: string | null
  publishedAt?: string | null
}

export type InvitationStatus = 'active' | 'expired' | 'revoked'

/** An invitation link as the share dialog lists it; its token is never sent again. */
export interface Invitation {
  id: string
  role: Role
  speakerId: string | null
  name: string | null
  createdAt: string
  expiresAt: string
  revokedAt: string | null
  status: InvitationStatus
}

export interface NewInvitation {
  role: Role
  /** Required for speakers: the person id in the document's people register. */
  speakerId?: string
  /** 1 to 90; the server's default (14) when absent. */
  expiresInDays?: number
  /** Shown beside their edits; their role when absent. */
  name?: string
}

/** A new invitation, with the one and only copy of its link. */
export interface CreatedInvitation extends Invitation {
  url: string
}

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

/** The message of a failed response's `{ "error" }` body, or `fallback` when it sent none. */
export async function serverErrorMessage(response: Response, fallback: string): Promise<string> {
  const body: unknown = await response.json().catch(() => null)
  return typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof body.error === 'string'
    ? body.error
    : fallback
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

/** A request of the documents API: a 401 means the session has ended, so the person goes to sign in. */
async function requestSignedIn<T>(path: string, init?: RequestInit): Promise<T> {
  try {
    return await requestJson<T>(path, init)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) handleUnauthorized()
    throw error
  }
}

const documentPath = (id: string) => `/api/docs/${encodeURIComponent(id)}`

/** The documents HTTP API of the Minutes server (same origin). */
export const documentsApi = {
  list: (signal?: AbortSignal) => requestSignedIn<DocumentSummary[]>('/api/docs', { signal }),

  create: (title: string) =>
    requestSignedIn<{ id: string }>('/api/docs', {
      method: 'POST',
      body: JSON.stringify({ title }),
    }),

  get: (id: string, signal?: AbortSignal) =>
    requestSignedIn<DocumentSummary>(documentPath(id), { signal }),

  rename: (id: string, title: string) =>
    requestSignedIn<DocumentSummary>(documentPath(id), {
      method: 'PATCH',
      body: JSON.stringify({ title }),
    }),

  /** Moves the minutes through their workflow; 409 with the reason for a move that is not allowed. */
  setStatus: (id: string, status: WorkflowStatus) =>
    requestSignedIn<DocumentSummary>(`${documentPath(id)}/status`, {
      method: 'POST',
      body: JSON.stringify({ status }),
    }),

  listInvitations: (id: string, signal?: AbortSignal) =>
    requestSignedIn<Invitation[]>(`${documentPath(id)}/invites`, { signal }),

  createInvitation: (id: string, invitation: NewInvitation) =>
    requestSignedIn<CreatedInvitation>(`${documentPath(id)}/invites`, {
      method: 'POST',
      body: JSON.stringify(invitation),
    }),

  /** Withdraws the link; whoever holds it is signed out at once, open editors included. */
  revokeInvitation: (id: string, invitationId: string) =>
    requestSignedIn<null>(`${documentPath(id)}/invites/${encodeURIComponent(invitationId)}`, {
      method: 'DELETE',
    }),
}
