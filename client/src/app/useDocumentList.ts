import type { DocumentSummary } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'

export type DocumentListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; documents: DocumentSummary[] }

/** Fetches the list of minutes; `reload` tries again after an error. */
export function useDocumentList(): { state: DocumentListState; reload: () => void } {
  const [state, setState] = useState<DocumentListState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController()
    setState({ status: 'loading' })
    documentsApi.list(controller.signal).then(
      (documents) => setState({ status: 'ready', documents }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setState({ status: 'error', message: errorMessage(error) })
      },
    )
    return () => controller.abort()
  }, [attempt])

  const reload = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, reload }
}
