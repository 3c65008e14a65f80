import { readOrderedListAttributes } from '@minutes/schema'
import type { Block } from '../RenderModel'
import type { BlockBuilder } from './BlockBuilder'

/** A bullet or numbered list; each item is the blocks it holds. */
export const buildList: BlockBuilder = (node, context, minimumLevel) => {
  const items: Block[][] = []
  node.forEach((item) => {
    items.push(context.walkChildren(item, minimumLevel))
  })
  const ordered = node.type.name === 'orderedList'
  return {
    type: 'list',
    ordered,
    start: ordered ? readOrderedListAttributes(node).start : 1,
    items,
  }
}
