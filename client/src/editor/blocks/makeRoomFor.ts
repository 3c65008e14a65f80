import type { NodeType } from '@tiptap/pm/model'
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state'

/** Text structure that may hold anything, but where the minutes' own blocks do not belong. */
const textOnlyContainers = new Set(['listItem', 'blockquote'])
const textBlocks = new Set(['paragraph', 'heading', 'bulletList', 'orderedList'])

/**
 * Puts the selection in an empty paragraph where a node of `type` may replace it, and returns
 * the paragraph's position; undefined where no container around the selection takes the type.
 */
export function makeRoomFor(tr: Transaction, type: NodeType): number | undefined {
  const paragraph = type.schema.nodes.paragraph
  if (!paragraph) return undefined
  const { selection } = tr
  const { $from } = selection
  const selectedNode = selection instanceof NodeSelection ? selection.node : null
  const blockDepth = selectedNode ? $from.depth + 1 : $from.depth
  const current = selectedNode ?? $from.parent
  const isEmptyParagraph = current.type === paragraph && current.content.size === 0
  const accepts = (depth: number, index: number) => {
    const container = $from.node(depth)
    if (!textBlocks.has(type.name) && textOnlyContainers.has(container.type.name)) return false
    return (
      container.canReplaceWith(index, index, type) &&
      container.canReplaceWith(index, index, paragraph)
    )
  }

  if (isEmptyParagraph && !selectedNode) {
    const index = $from.index(blockDepth - 1)
    if (
      $from.node(blockDepth - 1).canReplaceWith(index, index + 1, type) &&
      accepts(blockDepth - 1, index)
    ) {
      return $from.before(blockDepth)
    }
  }
  for (let depth = blockDepth - 1; depth >= 0; depth--) {
    const index = $from.index(depth) + 1
    if (!accepts(depth, index)) continue
    const after = selectedNode && depth === $from.depth ? selection.to : $from.after(depth + 1)
    if (isEmptyParagraph && !selectedNode) removeEmptyParagraph(tr, blockDepth)
    const position = tr.mapping.map(after)
    tr.insert(position, paragraph.create())
    tr.setSelection(TextSelection.create(tr.doc, position + 1))
    return position
  }
  return undefined
}

/** Drops the empty paragraph the "/command" was typed in, where its container allows. */
function removeEmptyParagraph(tr: Transaction, depth: number): void {
  const { $from } = tr.selection
  const container = $from.node(depth - 1)
  const index = $from.index(depth - 1)
  if (container.canReplace(index, index + 1)) tr.delete($from.before(depth), $from.after(depth))
}
