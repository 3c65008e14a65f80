/** The life of a set of minutes, in order. */
export type WorkflowStatus = 'draft' | 'circulated' | 'approved' | 'published'

export const workflowStatuses: readonly WorkflowStatus[] = [
  'draft',
  'circulated',
  'approved',
  'published',
]

/** Each status as the product writes it: badge, document list, exports. */
export const workflowStatusLabels: Readonly<Record<WorkflowStatus, string>> = {
  draft: 'Draft',
  circulated: 'Circulated',
  approved: 'Approved',
  published: 'Published',
}

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (workflowStatuses as readonly string[]).includes(value)
}

/** Whether minutes that are `status` have got as far as `step` in their workflow. */
export function hasReached(status: WorkflowStatus, step: WorkflowStatus): boolean {
  return workflowStatuses.indexOf(status) >= workflowStatuses.indexOf(step)
}

/** The statuses someone signs off: who and when is recorded. */
export type LockedStatus = 'approved' | 'published'

/** Approved (or published) minutes take no change from anyone until they are reopened. */
export function isLocked(status: WorkflowStatus): status is LockedStatus {
  return hasReached(status, 'approved')
}

/** Speakers correct their own sections only while the minutes are circulated for corrections. */
export function isOpenForCorrections(status: WorkflowStatus): boolean {
  return status === 'circulated'
}
