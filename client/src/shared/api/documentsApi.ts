import type { Role, WorkflowStatus } from '@minutes/permissions'
import { handleUnauthorized } from '../session/handleUnauthorized'
import { ApiError } from './ApiError'
import { requestJson } from './requestJson'

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
