import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeSelection, type Selection } from '@tiptap/pm/state'

export interface FoundBlock {
  node: ProseMirrorNode
  /** Position before the block. */
  position: number
}

/** The innermost block of `typeName` that is selected or holds the selection. */
export function findSelectedBlock(selection: Selection, typeName: string): FoundBlock | undefined {
  if (selection instanceof NodeSelection && selection.node.type.name === typeName) {
    return { node: selection.node, position: selection.from }
  }
  const { $from } = selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (node.type.name === typeName) return { node, position: $from.before(depth) }
  }
  return undefined
}
