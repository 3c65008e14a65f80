import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import {
  type EditorState,
  NodeSelection,
  type Selection,
  TextSelection,
  type Transaction,
} from '@tiptap/pm/state'

export type MoveDirection = 'up' | 'down'

/**
 * Moves the block around the selection past its neighbour: the innermost block that may change
 * places with a neighbour (a paragraph within a speaker section, a list item within its list, a
 * whole section among the minutes). The node itself is deleted and inserted again, so its
 * attributes and content travel with it, and the selection follows it.
 */
export function moveBlock(state: EditorState, direction: MoveDirection): Transaction | null {
  const { selection } = state
  const { $from } = selection
  const selectedNode = selection instanceof NodeSelection ? selection.node : null
  // The selected node sits one level below $from; a caret's innermost block is its textblock.
  const innermost = selectedNode ? $from.depth + 1 : $from.depth

  for (let depth = innermost; depth >= 1; depth--) {
    const isSelectedNode = selectedNode !== null && depth === $from.depth + 1
    const node = isSelectedNode ? selectedNode : $from.node(depth)
    const start = isSelectedNode ? $from.pos : $from.before(depth)
    const parent = $from.node(depth - 1)
    const index = $from.index(depth - 1)
    const neighbourIndex = direction === 'up' ? index - 1 : index + 1
    const neighbour = parent.maybeChild(neighbourIndex)
    if (!neighbour || !canSwap(parent, index, neighbourIndex)) continue

    const target = direction === 'up' ? start - neighbour.nodeSize : start + neighbour.nodeSize
    const transaction = state.tr.delete(start, start + node.nodeSize).insert(target, node)
    transaction.setSelection(followSelection(transaction, selection, start, node.nodeSize, target))
    return transaction.scrollIntoView()
  }
  return null
}

/** Whether `parent` still fits the schema with the two children changing places. */
function canSwap(parent: ProseMirrorNode, index: number, neighbourIndex: number): boolean {
  const children: ProseMirrorNode[] = []
  parent.forEach((child) => {
    children.push(child)
  })
  const [first, second] = [children[index], children[neighbourIndex]]
  if (!first || !second) return false
  children[index] = second
  children[neighbourIndex] = first
  return parent.type.validContent(Fragment.fromArray(children))
}

/** The selection, moved along with the block from `oldStart` to `newStart` when it lies inside it. */
function followSelection(
  transaction: Transaction,
  selection: Selection,
  oldStart: number,
  size: number,
  newStart: number,
): Selection {
  const { doc } = transaction
  const isInside = (position: number) => position >= oldStart && position <= oldStart + size
  const shift = (position: number) => position - oldStart + newStart
  if (selection instanceof NodeSelection && isInside(selection.from)) {
    return NodeSelection.create(doc, shift(selection.from))
  }
  if (
    selection instanceof TextSelection &&
    isInside(selection.anchor) &&
    isInside(selection.head)
  ) {
    return TextSelection.create(doc, shift(selection.anchor), shift(selection.head))
  }
  return selection.map(doc, transaction.mapping)
}
