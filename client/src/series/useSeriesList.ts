import type { SeriesSummary } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'

export type SeriesListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; series: SeriesSummary[] }

/** Fetches every series, oldest first; `reload` fetches again (after an error, or a new one). */
export function useSeriesList(): { state: SeriesListState; reload: () => void } {
  const [state, setState] = useState<SeriesListState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController()
    documentsApi.listSeries(controller.signal).then(
      ({ series }) => setState({ status: 'ready', series }),
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
