import type { ActionStatus, RecommendationStatus } from '@minutes/schema'

/** Statuses as the minutes print them. */
export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  noted: 'Noted',
  rejected: 'Rejected',
}

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
}
