import {
  canSetStatus,
  type DocumentAccess,
  isReopening,
  nextStatus,
  type ReopenStatus,
  reopenStatuses,
  type WorkflowStatus,
} from '@minutes/permissions'

export interface Step {
  to: WorkflowStatus
  label: string
  /** Asked before a step that is hard to undo, saying what it does. */
  confirm?: { title: string; body: string }
}

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

export const reopenLabels: Record<ReopenStatus, string> = {
  draft: 'Reopen as draft',
  circulated: 'Reopen for corrections',
}

/** The one step forward from `status`; none once published. */
export function nextStep(status: WorkflowStatus): Step | undefined {
  const to = nextStatus(status)
  return to && to !== 'draft' ? { to, ...forwardSteps[to] } : undefined
}

const reopenConsequences: Record<ReopenStatus, string> = {
  draft: 'They become a draft that only the secretariat can change.',
  circulated: 'Speakers can correct their sections again.',
}

/**
 * Reopening approved or published minutes, as a step that asks first: it takes the public page
 * down and withdraws the approval. Earlier reopenings undo nothing anyone relies on.
 */
export function reopenStep(from: WorkflowStatus, to: ReopenStatus): Step {
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

/** Where the minutes can go back to: a reopening that `canSetStatus` allows. */
export function reopenTargetsOf(access: DocumentAccess, status: WorkflowStatus): ReopenStatus[] {
  return reopenStatuses.filter(
    (to) => isReopening(status, to) && canSetStatus(access, status, to).allowed,
  )
}
