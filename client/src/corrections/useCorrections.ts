import { hasReached, isOpenForCorrections, type WorkflowStatus } from '@minutes/permissions'
import type { CorrectionList } from '@minutes/protocol'
import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage, isAbortError } from '../shared/api/ApiError'
import { correctionsApi } from './correctionsApi'

export type CorrectionsState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; list: CorrectionList }

/** Minutes never circulated have no correction round: nothing to ask the server. */
const notCirculated: CorrectionsState = { state: 'ready', list: { since: null, corrections: [] } }

/** After an edit, the list is read again this long after the typing stops. */
const afterEditMs = 700
/** Decisions that change no text (an acceptance) reach other people's lists this often. */
const everyMs = 5_000

/**
 * The correction round as the server lists it for this person. Only once the minutes (`status`,
 * live) have been circulated: while they are circulated the list is kept current, read again
 * when the text changes (anyone's edit, a revert), now and then for acceptances, and on
 * `reload`; approved or published minutes take no more corrections, so it is read once. Nothing
 * is read for a draft, nor when `isEnabled` is false (reviewers have no corrections to see).
 */
export function useCorrections(
  docId: string,
  editor: Editor | null,
  isEnabled: boolean,
  status: WorkflowStatus,
): { corrections: CorrectionsState; reload: () => Promise<void> } {
  const hasRound = isEnabled && hasReached(status, 'circulated')
  const isRoundOpen = hasRound && isOpenForCorrections(status)
  const [corrections, setCorrections] = useState<CorrectionsState>({ state: 'loading' })
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const request = ++latest.current
    try {
      const list = await correctionsApi.list(docId)
      // An older answer never replaces a newer one.
      if (request === latest.current) setCorrections({ state: 'ready', list })
    } catch (error) {
      if (isAbortError(error) || request !== latest.current) return
      setCorrections((current) =>
        // A list already shown stays while a refresh fails (offline for a moment).
        current.state === 'ready' ? current : { state: 'error', message: errorMessage(error) },
      )
    }
  }, [docId])

  useEffect(() => {
    if (!hasRound) return
    void reload()
    if (!isRoundOpen) {
      return () => {
        latest.current++
      }
    }
    const interval = setInterval(() => void reload(), everyMs)
    let pending: ReturnType<typeof setTimeout> | undefined
    const handleUpdate = () => {
      clearTimeout(pending)
      pending = setTimeout(() => void reload(), afterEditMs)
    }
    editor?.on('update', handleUpdate)
    return () => {
      clearInterval(interval)
      clearTimeout(pending)
      editor?.off('update', handleUpdate)
      latest.current++
    }
  }, [editor, hasRound, isRoundOpen, reload])

  return { corrections: hasRound ? corrections : notCirculated, reload }
}
