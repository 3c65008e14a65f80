import type { Invitation } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'

export type InvitationsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; invitations: Invitation[] }

/** The invitations to one document, newest first; `reload` after creating or revoking one. */
export function useInvitations(docId: string): { state: InvitationsState; reload: () => void } {
  const [state, setState] = useState<InvitationsState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController()
    documentsApi.listInvitations(docId, controller.signal).then(
      (invitations) =>
        setState({
          status: 'ready',
          invitations: [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
        }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: errorMessage(error) })
      },
    )
    return () => controller.abort()
  }, [docId, attempt])

  const reload = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, reload }
}
