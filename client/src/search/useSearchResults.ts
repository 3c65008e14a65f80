import type { SearchResult } from '@minutes/protocol'
import { useEffect, useState } from 'react'
import { isAbortError } from '../shared/api/ApiError'
import { documentsApi, type SearchQuery } from '../shared/api/documentsApi'

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; results: SearchResult[] }
  | { status: 'ready'; results: SearchResult[] }
  | { status: 'error'; message: string }

/** Between keystrokes: a search per pause, not per letter. */
const typingPauseMs = 150

/** The results for `query`, searched again a moment after it last changed; older answers are dropped. */
export function useSearchResults(query: SearchQuery): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' })
  const { q, status, kind, speaker, series } = query
  useEffect(() => {
    if (q.trim() === '') {
      setState({ status: 'idle' })
      return
    }
    setState((previous) => ({
      status: 'loading',
      results: 'results' in previous ? previous.results : [],
    }))
    const controller = new AbortController()
    const timer = setTimeout(() => {
      documentsApi
        .search({ q, status, kind, speaker, series }, controller.signal)
        .then(({ results }) => setState({ status: 'ready', results }))
        .catch((error: unknown) => {
          if (isAbortError(error)) return
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : 'The search failed. Try again.',
          })
        })
    }, typingPauseMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, status, kind, speaker, series])
  return state
}
