import type { WorkflowStatus } from '@minutes/permissions'

export const workflowStatusLabels: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  circulated: 'Circulated',
  approved: 'Approved',
  published: 'Published',
}
