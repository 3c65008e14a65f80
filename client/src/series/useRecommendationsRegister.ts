import type { RecommendationsRegister } from '@minutes/protocol'
import { useCallback, useEffect, useState } from 'react'
import { ApiError, errorMessage } from '../shared/api/ApiError'
import { documentsApi, seriesEventsPath } from '../shared/api/documentsApi'

export type RegisterState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  /** `refreshError`: the register shown is the last one read, and reading it again failed. */
  | { status: 'ready'; register: RecommendationsRegister; refreshError: string | null }

/** Read again this often even when no event came (another server process's edits, a lost stream). */
const pollMs = 30_000

/**
 * The series' recommendations register, kept current: read again whenever the server's event
 * stream says one of its minutes changed, when the stream reconnects (it may have missed some),
 * and every half minute besides. An unchanged register costs a 304.
 */
export function useRecommendationsRegister(seriesId: string): {
  state: RegisterState
  reload: () => void
} {
  const [state, setState] = useState<RegisterState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    let request: AbortController | undefined
    const read = () => {
      request?.abort()
      const current = new AbortController()
      request = current
      documentsApi.getRecommendations(seriesId, current.signal).then(
        (register) => setState({ status: 'ready', register, refreshError: null }),
        (error: unknown) => {
          if (current.signal.aborted) return
          const message = errorMessage(error)
          setState((previous) => {
            if (previous.status === 'ready') return { ...previous, refreshError: message }
            if (error instanceof ApiError && error.status === 404) return { status: 'not-found' }
            return { status: 'error', message }
          })
        },
      )
    }
    read()
    const events = new EventSource(seriesEventsPath(seriesId))
    let hasOpened = false
    events.addEventListener('change', read)
    events.addEventListener('ready', () => {
      if (hasOpened) read()
      hasOpened = true
    })
    const poll = setInterval(read, pollMs)
    return () => {
      request?.abort()
      events.close()
      clearInterval(poll)
    }
  }, [seriesId, attempt])

  const reload = useCallback(() => setAttempt((count) => count + 1), [])
  return { state, reload }
}
