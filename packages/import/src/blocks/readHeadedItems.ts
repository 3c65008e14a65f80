import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import type { RecognisedKind } from '../ImportResult'
import { plainText } from '../markdown/plainText'
import { headingOf } from './headingOf'
import { isInferredHeading } from './isInferredHeading'
import { listToNode } from './listToNode'
import { paragraphOf } from './paragraphOf'
import { inferredHeadingLevel } from './readBlock'
import { readList } from './readList'
import { readParagraph } from './readParagraph'
import { textOf } from './textOf'

export interface HeadedItem {
  /** Index of the item's first line. */
  index: number
  paragraph: JSONContent
  /** Lists nested under the item. */
  children: JSONContent[]
}

/**
 * A heading ("Recommendations", "Actions") and the bullets or paragraphs under it, each an
 * item, up to the next heading or recognised block; `accepts` limits which paragraphs count.
 */
export function readHeadedItems(
  context: ImportContext,
  index: number,
  kind: RecognisedKind,
  accepts: (text: string) => boolean = () => true,
): { heading: JSONContent; items: HeadedItem[]; next: number } {
  const line = context.line(index)
  const heading =
    line?.shape.kind === 'heading'
      ? headingOf(line.shape.level, line.shape.text, context.format)
      : headingOf(inferredHeadingLevel, line?.text ?? '', context.format)
  const items: HeadedItem[] = []
  let current = index + 1
  for (;;) {
    const start = context.nextNonBlank(current)
    const item = context.line(start)
    if (!item || item.shape.kind === 'heading' || isInferredHeading(context, start)) break
    if (context.startsBlock(start, [kind])) break
    if (item.shape.kind === 'listItem') {
      const { tree, next } = readList(context, start)
      for (const entry of tree.items) {
        items.push({
          index: entry.line.number - 1,
          paragraph: paragraphOf([entry.text], context.format),
          children: entry.children.map((child) => listToNode(child, context.format)),
        })
      }
      current = next
      continue
    }
    const text = plainText(item.text)
    if (item.shape.kind !== 'text' || context.people.startingName(text) || !accepts(text)) break
    const { node, next } = readParagraph(context, start)
    // "Two changes should be made:" announces the list under it as its own.
    const listed = context.nextNonBlank(next)
    const announces =
      plainText(textOf(node)).endsWith(':') &&
      context.line(listed)?.shape.kind === 'listItem' &&
      !context.startsBlock(listed)
    const list = announces ? readList(context, listed) : undefined
    items.push({
      index: start,
      paragraph: node,
      children: list ? [listToNode(list.tree, context.format)] : [],
    })
    current = list?.next ?? next
  }
  return { heading, items, next: current }
}
