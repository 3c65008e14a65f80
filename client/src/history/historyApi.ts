import type {
  AuditTrail,
  CreatedVersion,
  NewVersion,
  VersionChanges,
  VersionContent,
  VersionList,
} from '@minutes/protocol'
import { ApiError } from '../shared/api/ApiError'
import { requestJson } from '../shared/api/requestJson'
import { handleUnauthorized } from '../shared/session/handleUnauthorized'

/** A request of the history API: a 401 means the session has ended, so the person goes to sign in. */
async function request<T>(path: string, init?: RequestInit): Promise<T> {
  try {
    return await requestJson<T>(path, init)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) handleUnauthorized()
    throw error
  }
}

const versionsPath = (id: string) => `/api/docs/${encodeURIComponent(id)}/versions`

/** The versions and audit trail of one document (same origin). */
export const historyApi = {
  list: (id: string, signal?: AbortSignal) => request<VersionList>(versionsPath(id), { signal }),

  /** Secretariat only: a named version of the minutes as they are now. */
  name: (id: string, name: string) =>
    request<CreatedVersion>(versionsPath(id), {
      method: 'POST',
      body: JSON.stringify({ name } satisfies NewVersion),
    }),

  read: (id: string, versionId: string, signal?: AbortSignal) =>
    request<VersionContent>(`${versionsPath(id)}/${encodeURIComponent(versionId)}`, { signal }),

  /** What changed from one version to another, or to `current`. */
  compare: (id: string, from: string, to: string, signal?: AbortSignal) =>
    request<VersionChanges>(
      `${versionsPath(id)}/${encodeURIComponent(from)}/compare/${encodeURIComponent(to)}`,
      { signal },
    ),

  /** Secretariat only; refused (409) while the minutes are approved or published. */
  restore: (id: string, versionId: string) =>
    request<CreatedVersion>(`${versionsPath(id)}/${encodeURIComponent(versionId)}/restore`, {
      method: 'POST',
    }),

  audit: (id: string, signal?: AbortSignal) =>
    request<AuditTrail>(`/api/docs/${encodeURIComponent(id)}/audit`, { signal }),
}
