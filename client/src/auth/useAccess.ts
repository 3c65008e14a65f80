import type { DocumentAccess } from '@minutes/permissions'
import type { Principal } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, errorMessage } from '../shared/api/ApiError'
import { handleUnauthorized } from '../shared/session/handleUnauthorized'
import { rememberedAuth } from '../shared/session/rememberedAuth'
import { authApi } from './authApi'

export type AccessState =
  | { status: 'loading' }
  | {
      status: 'ready'
      principal: Principal
      /** Always null without a document. */
      access: DocumentAccess | null
      /** The id this person's comments carry; unknown when the server could not be asked. */
      commenterId: string | null
      /** From this browser's memory: the server could not be reached to ask. */
      isRemembered: boolean
    }
  | { status: 'error'; message: string }

/**
 * Who is signed in (`GET /api/auth/me`) and, for `documentId`, what they may do with it. Not
 * signed in: off to sign in (or to "invitation ended"). Offline: what this browser last knew.
 */
export function useAccess(documentId?: string): { state: AccessState; retry: () => void } {
  const [state, setState] = useState<AccessState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController()
    setState({ status: 'loading' })
    authApi.me(documentId, controller.signal).then(
      ({ principal, access, commenterId }) => {
        rememberedAuth.remember(
          principal,
          documentId === undefined ? undefined : { documentId, access, commenterId },
        )
        setState({ status: 'ready', principal, access, commenterId, isRemembered: false })
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        if (error instanceof ApiError && error.status === 401) {
          handleUnauthorized()
          return
        }
        const principal = rememberedAuth.principal()
        const access = documentId === undefined ? null : rememberedAuth.access(documentId)
        const isUnreachable = error instanceof ApiError && error.status === 0
        if (isUnreachable && principal && (documentId === undefined || access)) {
          const commenterId =
            documentId === undefined ? null : rememberedAuth.commenterId(documentId)
          setState({ status: 'ready', principal, access, commenterId, isRemembered: true })
        } else {
          setState({ status: 'error', message: errorMessage(error) })
        }
      },
    )
    return () => controller.abort()
  }, [documentId, attempt])

  const retry = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, retry }
}
