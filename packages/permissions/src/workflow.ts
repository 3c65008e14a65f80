/** The life of a set of minutes, in order. */
export type WorkflowStatus = 'draft' | 'circulated' | 'approved' | 'published'

export const workflowStatuses: readonly WorkflowStatus[] = [
  'draft',
  'circulated',
  'approved',
  'published',
]

export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return typeof value === 'string' && (workflowStatuses as readonly string[]).includes(value)
}
