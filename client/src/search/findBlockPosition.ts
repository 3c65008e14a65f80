import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'

/**
 * Where the block a search result names starts in the editor's document, or undefined while it
 * is not (yet) there. The id is the Yjs id of the block's element (top-level, or a child of a
 * section or question); the editor's nodes mirror those elements one for one, so the path of
 * indexes found in the Yjs content is the path in ProseMirror's.
 */
export function findBlockPosition(
  ydoc: Y.Doc,
  doc: ProseMirrorNode,
  blockId: string,
): number | undefined {
  const path = findPath(ydoc.getXmlFragment(CONTENT_FRAGMENT_NAME), blockId)
  if (!path) return undefined
  let node = doc
  let position = 0
  for (const [depth, index] of path.entries()) {
    if (index >= node.childCount) return undefined
    // Inside a node its content starts one step after the node's own start.
    if (depth > 0) position += 1
    for (let before = 0; before < index; before++) position += node.child(before).nodeSize
    node = node.child(index)
  }
  return position
}

function findPath(fragment: Y.XmlFragment, blockId: string): number[] | undefined {
  const children = fragment.toArray()
  for (const [index, child] of children.entries()) {
    if (idOf(child) === blockId) return [index]
  }
  for (const [index, child] of children.entries()) {
    if (!(child instanceof Y.XmlElement)) continue
    const inner = child.toArray().findIndex((grandchild) => idOf(grandchild) === blockId)
    if (inner !== -1) return [index, inner]
  }
  return undefined
}

function idOf(node: { _item: Y.Item | null }): string | undefined {
  return node._item ? `${node._item.id.client}-${node._item.id.clock}` : undefined
}
