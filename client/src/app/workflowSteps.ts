import {
  canSetStatus,
  type DocumentAccess,
  type WorkflowStatus,
  workflowStatuses,
} from '@minutes/permissions'

export interface Step {
  to: WorkflowStatus
  label: string
  /** Asked before the step: approving and publishing close the minutes to every change. */
  confirm?: { title: string; body: string }
}

export type ReopenTarget = 'draft' | 'circulated'

const nextSteps: Partial<Record<WorkflowStatus, Step>> = {
  draft: { to: 'circulated', label: 'Circulate for corrections' },
  circulated: {
    to: 'approved',
    label: 'Approve',
    confirm: {
      title: 'Approve these minutes?',
      body: 'Speakers can no longer correct their sections, and nobody can change the text until the minutes are reopened.',
    },
  },
  approved: {
    to: 'published',
    label: 'Publish',
    confirm: {
      title: 'Publish these minutes?',
      body: 'They become the published record. Nobody can change them until they are reopened.',
    },
  },
}

export const reopenLabels: Record<ReopenTarget, string> = {
  draft: 'Reopen as draft',
  circulated: 'Reopen for corrections',
}

/** The one step forward from `status`; none once published. */
export function nextStep(status: WorkflowStatus): Step | undefined {
  return nextSteps[status]
}

/** Where the minutes can go back to: an earlier step that `canSetStatus` allows. */
export function reopenTargetsOf(access: DocumentAccess, status: WorkflowStatus): ReopenTarget[] {
  return (['draft', 'circulated'] as const).filter(
    (to) =>
      workflowStatuses.indexOf(to) < workflowStatuses.indexOf(status) &&
      canSetStatus(access, status, to).allowed,
  )
}
