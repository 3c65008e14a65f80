import type { CorrectionDecision, CorrectionList, CorrectionView } from '@minutes/protocol'
import { ApiError } from '../shared/api/ApiError'
import { requestJson } from '../shared/api/requestJson'
import { handleUnauthorized } from '../shared/session/handleUnauthorized'

/** A request of the corrections API: a 401 means the session has ended, so the person goes to sign in. */
async function request<T>(path: string, init?: RequestInit): Promise<T> {
  try {
    return await requestJson<T>(path, init)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) handleUnauthorized()
    throw error
  }
}

const correctionsPath = (id: string) => `/api/docs/${encodeURIComponent(id)}/corrections`

/** The correction round of one document (same origin). */
export const correctionsApi = {
  list: (id: string, signal?: AbortSignal) =>
    request<CorrectionList>(correctionsPath(id), { signal }),

  /** Secretariat only; 409 once decided. */
  decide: (id: string, correctionId: string, decision: CorrectionDecision) =>
    request<CorrectionView>(`${correctionsPath(id)}/${encodeURIComponent(correctionId)}`, {
      method: 'POST',
      body: JSON.stringify(decision),
    }),
}
