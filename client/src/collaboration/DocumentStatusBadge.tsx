import { workflowStatusLabels } from '@minutes/permissions'
import { useDocumentStatus } from './DocumentStatusContext'
import './documentStatusBadge.css'

/** The workflow status in words, coloured by status (the words carry it, not the colour). */
export function DocumentStatusBadge() {
  const status = useDocumentStatus()
  return (
    <span className="status-badge" data-status={status}>
      <span className="visually-hidden">Status: </span>
      {workflowStatusLabels[status]}
    </span>
  )
}
