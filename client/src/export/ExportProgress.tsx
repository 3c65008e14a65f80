import { useEffect } from 'react'
import type { Export } from './useExport'

/** How long "Downloaded …" stays in the top bar; the browser's downloads keep the file. */
const doneMessageMilliseconds = 8_000

interface ExportProgressProps {
  exporting: Export
  /** The buttons here vanish when pressed: the focus goes back to "Export". */
  returnFocus: () => void
}

/** The running export (after a moment), its Cancel, the outcome, and what to do after a failure. */
export function ExportProgress({ exporting, returnFocus }: ExportProgressProps) {
  const { state, start, cancel, dismiss } = exporting
  const isSettled = state.status === 'done' || state.status === 'cancelled'

  useEffect(() => {
    if (!isSettled) return
    const timer = setTimeout(dismiss, doneMessageMilliseconds)
    return () => clearTimeout(timer)
  }, [isSettled, dismiss])

  return (
    <>
      <span className="export-progress" role="status">
        {state.status === 'preparing' && state.isShown && (
          <>
            <span className="export-progress__spinner" aria-hidden="true" />
            Preparing {state.definition.name}…
          </>
        )}
        {state.status === 'done' && `Downloaded ${state.fileName}.`}
        {state.status === 'cancelled' && 'The export was cancelled.'}
      </span>
      {state.status === 'preparing' && state.isShown && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            cancel()
            returnFocus()
          }}
        >
          Cancel
        </button>
      )}
      {state.status === 'failed' && (
        <div className="export-progress__failure">
          <p role="alert">{state.message}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              start(state.definition)
              returnFocus()
            }}
          >
            Try again
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              dismiss()
              returnFocus()
            }}
          >
            Dismiss
          </button>
        </div>
      )}
    </>
  )
}
