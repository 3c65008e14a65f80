import type { WorkflowStatus } from '@minutes/permissions'
import type { ActionStatus, RecommendationStatus } from '@minutes/schema'

export const workflowStatusLabels: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  circulated: 'Circulated',
  approved: 'Approved',
  published: 'Published',
}

/** Lower case: they stand inside a sentence, "Recommendation R1 (agreed; to: …)". */
export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  proposed: 'proposed',
  agreed: 'agreed',
  noted: 'noted',
  rejected: 'rejected',
}

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'open',
  inProgress: 'in progress',
  done: 'done',
  dropped: 'dropped',
}
