import { agendaItemGroupEnd, agendaItemLevel, readAgendaItemAttributes } from '@minutes/schema'
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
 * whole section among the minutes). An agenda item moves with everything it groups
 * (`agendaItemGroupEnd`), past the whole group of an item as high as itself, so item 3 and its
 * text change places with item 4 and its text. The nodes are deleted and inserted again, so their
 * attributes and content travel with them, and the selection follows.
 */
export function moveBlock(state: EditorState, direction: MoveDirection): Transaction | null {
  const { selection } = state
  const { $from } = selection
  const selectedNode = selection instanceof NodeSelection ? selection.node : null
  // The selected node sits one level below $from; a caret's innermost block is its textblock.
  const innermost = selectedNode ? $from.depth + 1 : $from.depth

  for (let depth = innermost; depth >= 1; depth--) {
    const parent = $from.node(depth - 1)
    const children = parent.content.content
    const index = $from.index(depth - 1)
    const moving = unitAt(children, index)
    const other = direction === 'up' ? unitBefore(children, moving) : unitAfter(children, moving)
    if (!other) continue
    const [first, second] = direction === 'up' ? [other, moving] : [moving, other]
    if (!canSwap(parent, first, second)) continue

    const parentStart = $from.start(depth - 1)
    const start = positionOf(parent, parentStart, moving.from)
    const size = positionOf(parent, parentStart, moving.to) - start
    const nodes = Fragment.fromArray(children.slice(moving.from, moving.to))
    const target =
      direction === 'up'
        ? positionOf(parent, parentStart, other.from)
        : positionOf(parent, parentStart, other.to) - size
    const transaction = state.tr.delete(start, start + size).insert(target, nodes)
    transaction.setSelection(followSelection(transaction, selection, start, size, target))
    return transaction.scrollIntoView()
  }
  return null
}

/** Consecutive children of one parent, `from` up to (not including) `to`. */
interface Unit {
  from: number
  to: number
}

/** What moves as one: an agenda item with its group, any other block alone. */
function unitAt(children: readonly ProseMirrorNode[], index: number): Unit {
  return { from: index, to: Math.max(index + 1, agendaItemGroupEnd(children, index)) }
}

function itemLevel(node: ProseMirrorNode | undefined): number | undefined {
  return node?.type.name === 'agendaItem'
    ? agendaItemLevel(readAgendaItemAttributes(node).number)
    : undefined
}

/** The neighbour below: an item as high as the moving one with its group, else one block. */
function unitAfter(children: readonly ProseMirrorNode[], moving: Unit): Unit | null {
  if (moving.to >= children.length) return null
  const level = itemLevel(children[moving.from])
  const neighbourLevel = itemLevel(children[moving.to])
  return level !== undefined && neighbourLevel !== undefined && neighbourLevel >= level
    ? unitAt(children, moving.to)
    : { from: moving.to, to: moving.to + 1 }
}

/**
 * The neighbour above: the outermost item as high as the moving one whose group ends where the
 * moving one starts (item 3 with its sub-items, before item 4), else one block.
 */
function unitBefore(children: readonly ProseMirrorNode[], moving: Unit): Unit | null {
  if (moving.from === 0) return null
  const level = itemLevel(children[moving.from])
  let from = moving.from - 1
  if (level !== undefined) {
    for (let index = moving.from - 1; index >= 0; index--) {
      const candidateLevel = itemLevel(children[index])
      if (candidateLevel === undefined) continue
      // An item above the moving one holds it: its heading is the neighbour, alone.
      if (candidateLevel < level) break
      if (agendaItemGroupEnd(children, index) === moving.from) from = index
    }
  }
  return { from, to: moving.from }
}

/** The position before child `index` of `parent`, whose content starts at `parentStart`. */
function positionOf(parent: ProseMirrorNode, parentStart: number, index: number): number {
  let position = parentStart
  for (let child = 0; child < index; child++) position += parent.child(child).nodeSize
  return position
}

/** Whether `parent` still fits the schema with the two adjacent units changing places. */
function canSwap(parent: ProseMirrorNode, first: Unit, second: Unit): boolean {
  const children = parent.content.content
  const swapped = [
    ...children.slice(0, first.from),
    ...children.slice(second.from, second.to),
    ...children.slice(first.from, first.to),
    ...children.slice(second.to),
  ]
  return parent.type.validContent(Fragment.fromArray(swapped))
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
