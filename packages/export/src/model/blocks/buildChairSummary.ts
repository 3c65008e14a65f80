import { chairSummaryHeading, readChairSummaryAttributes } from '@minutes/schema'
import type { BlockBuilder } from './BlockBuilder'

/** The summary under its own heading, or the minutes' label for it, with the chair's name as lead. */
export const buildChairSummary: BlockBuilder = (node, context, minimumLevel) => {
  const attributes = readChairSummaryAttributes(node)
  const level = context.headings.next(2, minimumLevel)
  const chair = context.optionalPerson(attributes.chairId, 'Unnamed chair')
  const label = attributes.label || null
  const blocks = context.walkChildren(node, level + 1)
  context.headings.close(level)
  return {
    type: 'chairSummary',
    level,
    heading: label ?? chairSummaryHeading,
    label,
    chair,
    lead: chair && `${chair.described}:`,
    blocks,
  }
}
