import type { DocumentAccess, WorkflowStatus } from '@minutes/permissions'
import { describeRights } from './describeRights'
import './rights.css'

/** One line under the top bar: what this person may change now. Announced when it changes. */
export function RightsBanner({
  access,
  status,
}: {
  access: DocumentAccess
  status: WorkflowStatus
}) {
  const text = describeRights(access, status)
  return (
    <div
      className="rights-banner"
      role="status"
      aria-label="What you can change"
      data-status={status}
      hidden={text === null}
    >
      {text}
    </div>
  )
}
