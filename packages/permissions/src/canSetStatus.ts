import type { Verdict } from './canChange'
import type { DocumentAccess } from './roles'
import type { WorkflowStatus } from './workflow'

/** The moves forward; reopening (back to draft or circulated) is allowed from any later step. */
const forward: Record<WorkflowStatus, WorkflowStatus | undefined> = {
  draft: 'circulated',
  circulated: 'approved',
  approved: 'published',
  published: undefined,
}

const order: WorkflowStatus[] = ['draft', 'circulated', 'approved', 'published']

/** The one step forward from `status`; none once published. */
export function nextStatus(status: WorkflowStatus): WorkflowStatus | undefined {
  return forward[status]
}

/** Whether `access` may move the minutes from `from` to `to`. Only the secretariat moves them. */
export function canSetStatus(
  access: DocumentAccess,
  from: WorkflowStatus,
  to: WorkflowStatus,
): Verdict {
  if (access.role !== 'secretariat') {
    return { allowed: false, reason: 'Only the secretariat moves minutes through their workflow.' }
  }
  if (from === to) return { allowed: false, reason: `The minutes are ${to} already.` }
  const isReopening =
    order.indexOf(to) < order.indexOf(from) && (to === 'draft' || to === 'circulated')
  if (forward[from] === to || isReopening) return { allowed: true }
  return {
    allowed: false,
    reason: `Minutes that are ${from} cannot become ${to}${forward[from] ? `; the next step is ${forward[from]}` : ''}.`,
  }
}
