import type { WorkflowStatus } from '@minutes/permissions'
import { createContext, useContext } from 'react'

/** Where the open minutes are in their workflow; the workflow itself sets it (draft until then). */
export const DocumentStatusContext = createContext<WorkflowStatus>('draft')

export function useDocumentStatus(): WorkflowStatus {
  return useContext(DocumentStatusContext)
}
