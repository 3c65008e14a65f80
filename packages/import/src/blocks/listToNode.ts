import type { JSONContent } from '@tiptap/core'
import type { ImportFormat } from '../ImportResult'
import { paragraphOf } from './paragraphOf'
import type { ListTree } from './readList'

/** A bullet or ordered list node, nested lists inside their items. */
export function listToNode(tree: ListTree, format: ImportFormat): JSONContent {
  const content = tree.items.map((item) => ({
    type: 'listItem',
    content: [
      paragraphOf([item.text], format),
      ...item.children.map((child) => listToNode(child, format)),
    ],
  }))
  return tree.ordered
    ? { type: 'orderedList', attrs: { start: tree.start }, content }
    : { type: 'bulletList', content }
}
