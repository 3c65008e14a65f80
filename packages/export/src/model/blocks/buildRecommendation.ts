import {
  describeRecommendationLead,
  readRecommendationAttributes,
  recommendationStatusLabels,
} from '@minutes/schema'
import type { BlockBuilder } from './BlockBuilder'

/** "Recommendation R1 (agreed; to: …; proposed by …):", without "proposed by" in the proposer's own section. */
export const buildRecommendation: BlockBuilder = (node, context, minimumLevel) => {
  const { status, addressee, proposerId } = readRecommendationAttributes(node)
  const number = context.numberOf(node)
  const proposer = context.optionalPerson(proposerId, 'Unnamed person')
  const isOwn = proposerId === context.speakerId
  return {
    type: 'recommendation',
    number: `R${number}`,
    lead: describeRecommendationLead({
      number,
      status,
      addressee: addressee || null,
      proposer: proposer && !isOwn ? proposer.described : null,
    }),
    status,
    statusLabel: recommendationStatusLabels[status],
    addressee: addressee || null,
    proposer,
    blocks: context.walkChildren(node, minimumLevel),
  }
}
