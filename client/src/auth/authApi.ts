import type { DocumentAccess } from '@minutes/permissions'
import type { MeResponse, Principal, SetupInput, SignedIn, SignInInput } from '@minutes/protocol'
import { requestJson } from '../shared/api/requestJson'

export interface Me {
  principal: Principal
  /** What the principal may do with the document asked about; null: nothing. */
  access: DocumentAccess | null
  /** With access: the id this person's comments carry in the document. */
  commenterId: string | null
}

/**
 * `/api/auth/*`. Unlike the documents API, a 401 here is an answer (wrong password, not signed
 * in), not a reason to leave the page: callers decide.
 */
export const authApi = {
  signIn: (email: string, password: string) =>
    requestJson<SignedIn>('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password } satisfies SignInInput),
    }),

  setup: (input: SetupInput) =>
    requestJson<SignedIn>('/api/auth/setup', {
      method: 'POST',
      body: JSON.stringify(input),
    }),

  signOut: () => requestJson<null>('/api/auth/sign-out', { method: 'POST' }),

  /** The principal, and its access to `documentId` when given (null without a document). */
  me: async (documentId: string | undefined, signal?: AbortSignal): Promise<Me> => {
    const query = documentId === undefined ? '' : `?documentId=${encodeURIComponent(documentId)}`
    const me = await requestJson<MeResponse>(`/api/auth/me${query}`, { signal })
    return {
      principal: me.principal,
      access: me.access ?? null,
      commenterId: me.commenterId ?? null,
    }
  },
}
