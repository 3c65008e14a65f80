import type { SeriesView } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, errorMessage } from '../shared/api/ApiError'
import { documentsApi } from '../shared/api/documentsApi'

export type SeriesState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; series: SeriesView }

/** Fetches one series with its meetings; `reload` fetches again. */
export function useSeries(seriesId: string): {
  state: SeriesState
  reload: () => void
  /** Counts the reads: what depends on the series reads again when it changes. */
  version: number
} {
  const [state, setState] = useState<SeriesState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController()
    documentsApi.getSeries(seriesId, controller.signal).then(
      (series) => setState({ status: 'ready', series }),
      (error: unknown) => {
        if (controller.signal.aborted) return
        setState(
          error instanceof ApiError && error.status === 404
            ? { status: 'not-found' }
            : { status: 'error', message: errorMessage(error) },
        )
      },
    )
    return () => controller.abort()
  }, [seriesId, attempt])

  const reload = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, reload, version: attempt }
}
