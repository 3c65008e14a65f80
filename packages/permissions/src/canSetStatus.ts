import type { Verdict } from './canChange'
import { canManageDocument, type DocumentAccess } from './roles'
import { hasReached, type WorkflowStatus } from './workflow'

/** The moves forward; reopening (back to draft or circulated) is allowed from any later step. */
const forward: Record<WorkflowStatus, WorkflowStatus | undefined> = {
  draft: 'circulated',
  circulated: 'approved',
  approved: 'published',
  published: undefined,
}

/** Where reopened minutes may go back to. */
export type ReopenStatus = 'draft' | 'circulated'

export const reopenStatuses: readonly ReopenStatus[] = ['draft', 'circulated']

/** The one step forward from `status`; none once published. */
export function nextStatus(status: WorkflowStatus): WorkflowStatus | undefined {
  return forward[status]
}

/** Whether going from `from` to `to` is a reopening: back to draft or circulated from later on. */
export function isReopening(from: WorkflowStatus, to: WorkflowStatus): boolean {
  return (reopenStatuses as readonly WorkflowStatus[]).includes(to) && !hasReached(to, from)
}

/** Whether `access` may move the minutes from `from` to `to`. Only the secretariat moves them. */
export function canSetStatus(
  access: DocumentAccess,
  from: WorkflowStatus,
  to: WorkflowStatus,
): Verdict {
  if (!canManageDocument(access)) {
    return { allowed: false, reason: 'Only the secretariat moves minutes through their workflow.' }
  }
  if (from === to) return { allowed: false, reason: `The minutes are ${to} already.` }
  if (forward[from] === to || isReopening(from, to)) return { allowed: true }
  return {
    allowed: false,
    reason: `Minutes that are ${from} cannot become ${to}${forward[from] ? `; the next step is ${forward[from]}` : ''}.`,
  }
}
