import { isWorkflowStatus, type WorkflowStatus } from '@minutes/permissions'
import { WORKFLOW_MAP_NAME } from '@minutes/schema'
import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * The workflow status as the server mirrors it into the Y.Doc, live for everyone with the
 * minutes open; `fallback` (from the documents API) until the mirror has arrived.
 */
export function useWorkflowStatus(ydoc: Y.Doc, fallback: WorkflowStatus): WorkflowStatus {
  const workflow = ydoc.getMap<unknown>(WORKFLOW_MAP_NAME)
  const subscribe = useCallback(
    (listener: () => void) => {
      workflow.observe(listener)
      return () => workflow.unobserve(listener)
    },
    [workflow],
  )
  const status = useSyncExternalStore(subscribe, () => workflow.get('status'))
  return isWorkflowStatus(status) ? status : fallback
}
