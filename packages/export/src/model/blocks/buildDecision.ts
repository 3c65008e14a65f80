import { describeDecisionLead } from '@minutes/schema'
import type { BlockBuilder } from './BlockBuilder'

/** Lead "D1"; the text itself says "Resolved, That …". */
export const buildDecision: BlockBuilder = (node, context, minimumLevel) => {
  const lead = describeDecisionLead(context.numberOf(node))
  return { type: 'decision', number: lead, lead, blocks: context.walkChildren(node, minimumLevel) }
}
