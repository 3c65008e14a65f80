import {
  type ActionStatus,
  actionStatusLabels,
  type RecommendationStatus,
  recommendationStatusLabels,
} from '@minutes/schema'

const upperFirst = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`

/**
 * Recommendation and action statuses standing alone (a chip, the register): the schema's words,
 * which stand inside a sentence ("agreed"), with a capital.
 */
export const registerStatusLabels: Readonly<Record<RecommendationStatus | ActionStatus, string>> = {
  proposed: upperFirst(recommendationStatusLabels.proposed),
  agreed: upperFirst(recommendationStatusLabels.agreed),
  noted: upperFirst(recommendationStatusLabels.noted),
  rejected: upperFirst(recommendationStatusLabels.rejected),
  open: upperFirst(actionStatusLabels.open),
  inProgress: upperFirst(actionStatusLabels.inProgress),
  done: upperFirst(actionStatusLabels.done),
  dropped: upperFirst(actionStatusLabels.dropped),
}
