import {
  actionStatusLabels,
  describeActionLead,
  describeActionTrail,
  formatDueDate,
  readActionItemAttributes,
} from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { RenderContext } from '../RenderContext'
import type { Block } from '../RenderModel'

/** A1 … — Owner, due 12 March 2025 (open): owner, due date and status as the minutes wrote them where they did. */
export function buildActionItem(
  node: ProseMirrorNode,
  context: RenderContext,
  minimumLevel: number,
): Extract<Block, { type: 'actionItem' }> {
  const attributes = readActionItemAttributes(node)
  const lead = describeActionLead(context.numberOf(node))
  const statusLabel = actionStatusLabels[attributes.status]
  const owner = context.optionalPerson(attributes.ownerId, 'Unnamed person')
  const dueDate = attributes.dueDate ? formatDueDate(attributes.dueDate) : null
  return {
    type: 'actionItem',
    number: lead,
    lead,
    trail: describeActionTrail({
      owner: attributes.ownerLabel || owner?.described || null,
      due: attributes.dueLabel || dueDate,
      status: attributes.statusLabel || statusLabel,
    }),
    status: attributes.status,
    statusLabel,
    owner,
    dueDate,
    blocks: context.walkChildren(node, minimumLevel),
  }
}
