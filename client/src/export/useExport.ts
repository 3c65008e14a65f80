import { useCallback, useEffect, useRef, useState } from 'react'
import { describeExportFailure } from './describeExportFailure'
import type { ExportFormatDefinition } from './exportFormats'
import { fetchExport } from './fetchExport'
import { saveFile } from './saveFile'

/** Quicker exports finish without a flash of progress. */
export const progressDelayMilliseconds = 300

export type ExportState =
  | { status: 'idle' }
  | { status: 'preparing'; definition: ExportFormatDefinition; isShown: boolean }
  | { status: 'done'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; definition: ExportFormatDefinition; message: string }

export interface Export {
  state: ExportState
  /** Starts an export; one already running is cancelled. */
  start: (definition: ExportFormatDefinition) => void
  cancel: () => void
  dismiss: () => void
}

/** One export at a time of the minutes `docId`: fetch, progress after a moment, save, report. */
export function useExport(docId: string): Export {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const running = useRef<{ request: AbortController; timer: number } | null>(null)

  const stop = useCallback(() => {
    if (!running.current) return false
    running.current.request.abort()
    clearTimeout(running.current.timer)
    running.current = null
    return true
  }, [])

  // Leaving the minutes abandons their export.
  useEffect(
    () => () => {
      stop()
    },
    [stop],
  )

  const start = useCallback(
    (definition: ExportFormatDefinition) => {
      stop()
      const current = { request: new AbortController(), timer: 0 }
      current.timer = window.setTimeout(() => {
        if (running.current !== current) return
        setState({ status: 'preparing', definition, isShown: true })
      }, progressDelayMilliseconds)
      running.current = current
      setState({ status: 'preparing', definition, isShown: false })
      fetchExport(docId, definition.format, current.request.signal).then(
        (file) => {
          if (running.current !== current) return
          stop()
          saveFile(file)
          setState({ status: 'done', fileName: file.fileName })
        },
        (error: unknown) => {
          if (running.current !== current) return
          stop()
          setState({ status: 'failed', definition, message: describeExportFailure(error) })
        },
      )
    },
    [docId, stop],
  )

  const cancel = useCallback(() => {
    if (stop()) setState({ status: 'cancelled' })
  }, [stop])

  const dismiss = useCallback(() => setState({ status: 'idle' }), [])

  return { state, start, cancel, dismiss }
}
