import type { DocumentAccess } from '@minutes/permissions'
import { requestJson } from '../shared/api/requestJson'
import type { Principal } from '../shared/session/Principal'

export interface Me {
  principal: Principal
  /** What the principal may do with the document asked about; null: nothing. */
  access: DocumentAccess | null
}

export interface SetupInput {
  token: string
  name: string
  email: string
  password: string
}

/**
 * `/api/auth/*`. Unlike the documents API, a 401 here is an answer (wrong password, not signed
 * in), not a reason to leave the page: callers decide.
 */
export const authApi = {
  signIn: (email: string, password: string) =>
    requestJson<{ principal: Principal }>('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    }),

  setup: (input: SetupInput) =>
    requestJson<{ principal: Principal }>('/api/auth/setup', {
      method: 'POST',
      body: JSON.stringify(input),
    }),

  signOut: () => requestJson<null>('/api/auth/sign-out', { method: 'POST' }),

  /** The principal, and its access to `documentId` when given (null without a document). */
  me: async (documentId: string | undefined, signal?: AbortSignal): Promise<Me> => {
    const query = documentId === undefined ? '' : `?documentId=${encodeURIComponent(documentId)}`
    const me = await requestJson<{ principal: Principal; access?: DocumentAccess | null }>(
      `/api/auth/me${query}`,
      { signal },
    )
    return { principal: me.principal, access: me.access ?? null }
  },
}
