import { agendaItemGroupEnd } from '@minutes/schema'
import { NodeRangeSelection } from '@tiptap/extension-node-range'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/**
 * The agenda item at top-level position `position` with everything it groups, as one selection
 * of whole blocks: what dragging the item by its handle carries. Null for any other block, or
 * an item that groups nothing (the handle then drags the block alone, as for any block).
 */
export function agendaGroupSelection(
  doc: ProseMirrorNode,
  position: number,
): NodeRangeSelection | null {
  if (position < 0 || position >= doc.content.size) return null
  const $position = doc.resolve(position)
  if ($position.depth !== 0) return null
  const children = doc.content.content
  const index = $position.index(0)
  if (children[index]?.type.name !== 'agendaItem') return null
  const end = agendaItemGroupEnd(children, index)
  if (end <= index + 1) return null
  let to = position
  for (let child = index; child < end; child++) to += children[child]?.nodeSize ?? 0
  return NodeRangeSelection.create(doc, position, to)
}
