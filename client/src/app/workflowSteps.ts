import {
  canSetStatus,
  type DocumentAccess,
  nextStatus,
  type WorkflowStatus,
  workflowStatuses,
} from '@minutes/permissions'

export interface Step {
  to: WorkflowStatus
  label: string
  /** Asked before a step that is hard to undo, saying what it does. */
  confirm?: { title: string; body: string }
}

export type ReopenTarget = 'draft' | 'circulated'

/** How each forward step reads; which step follows which is `nextStatus`'s to say. */
const forwardSteps: Record<Exclude<WorkflowStatus, 'draft'>, Omit<Step, 'to'>> = {
  circulated: { label: 'Circulate for corrections' },
  approved: {
    label: 'Approve',
    confirm: {
      title: 'Approve these minutes?',
      body: 'You are recorded as approving them. Speakers can no longer correct their sections, and nobody can change the text until the minutes are reopened.',
    },
  },
  published: {
    label: 'Publish',
    confirm: {
      title: 'Publish these minutes?',
      body: 'They go online at their public page as the published record, and you are recorded as their publisher. Nobody can change them until they are reopened.',
    },
  },
}

export const reopenLabels: Record<ReopenTarget, string> = {
  draft: 'Reopen as draft',
  circulated: 'Reopen for corrections',
}

/** The one step forward from `status`; none once published. */
export function nextStep(status: WorkflowStatus): Step | undefined {
  const to = nextStatus(status)
  return to && to !== 'draft' ? { to, ...forwardSteps[to] } : undefined
}

const reopenConsequences: Record<ReopenTarget, string> = {
  draft: 'They become a draft that only the secretariat can change.',
  circulated: 'Speakers can correct their sections again.',
}

/**
 * Reopening approved or published minutes, as a step that asks first: it takes the public page
 * down and withdraws the approval. Earlier reopenings undo nothing anyone relies on.
 */
export function reopenStep(from: WorkflowStatus, to: ReopenTarget): Step {
  const label = reopenLabels[to]
  const undone =
    from === 'published'
      ? 'The public page goes offline at once, and the record of who approved and published them is cleared.'
      : from === 'approved'
        ? 'The approval is withdrawn, and the record of who approved them is cleared.'
        : undefined
  if (!undone) return { to, label }
  const title =
    to === 'draft' ? 'Reopen these minutes as a draft?' : 'Reopen these minutes for corrections?'
  return { to, label, confirm: { title, body: `${undone} ${reopenConsequences[to]}` } }
}

/** Where the minutes can go back to: an earlier step that `canSetStatus` allows. */
export function reopenTargetsOf(access: DocumentAccess, status: WorkflowStatus): ReopenTarget[] {
  return (['draft', 'circulated'] as const).filter(
    (to) =>
      workflowStatuses.indexOf(to) < workflowStatuses.indexOf(status) &&
      canSetStatus(access, status, to).allowed,
  )
}
