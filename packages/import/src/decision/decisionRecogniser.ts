import type { JSONContent } from '@tiptap/core'
import { isHeadingMatching } from '../blocks/isHeadingMatching'
import { itemLabel } from '../blocks/itemLabel'
import { paragraphOf } from '../blocks/paragraphOf'
import { readHeadedItems } from '../blocks/readHeadedItems'
import { type ListTree, readList } from '../blocks/readList'
import { readParagraph } from '../blocks/readParagraph'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import type { ImportFormat } from '../ImportResult'
import { plainText } from '../markdown/plainText'

const line =
  /^(?:it was\s+)?(?:resolved|agreed|decided)\b\s*(?:[:,.–-]|\s+that\b)|^decisions?\s*[:–-]/i
const heading = /^(?:decisions?(?: (?:taken|made|agreed))?|resolutions?|agreed)\s*:?$/i
// "RESOLVED:" alone on its line, with what was resolved listed under it.
const bareLabel = /^\W*(?:it was\s+)?(?:resolved|agreed|decided|decisions?)\W*$/i

const isDecisionLine = (context: ImportContext, index: number) => {
  const current = context.line(index)
  return current?.shape.kind === 'text' && line.test(plainText(current.text))
}

/** "Resolved, That …", "RESOLVED: …", "Decision: …", and the items under a "Decisions" heading. */
export const decisionRecogniser: Recogniser = {
  kind: 'decision',

  startsAt: (context, index) =>
    isDecisionLine(context, index) || isHeadingMatching(context, index, heading),

  read: (context, index) => {
    if (isDecisionLine(context, index)) {
      const { node, next } = readParagraph(context, index)
      const listed = context.nextNonBlank(next)
      const resolutions =
        bareLabel.test(plainText(context.line(index)?.text ?? '')) &&
        context.line(listed)?.shape.kind === 'listItem'
          ? readList(context, listed)
          : undefined
      const content = resolutions
        ? [node, ...paragraphsOf(resolutions.tree, context.format)]
        : [node]
      context.recognise('decision', itemLabel({ content }), index)
      return { nodes: [{ type: 'decision', content }], next: resolutions?.next ?? next }
    }
    const { heading: title, items, next } = readHeadedItems(context, index, 'decision')
    const decisions = items.flatMap((item) => {
      context.recognise('decision', itemLabel(item.paragraph), item.index)
      return [{ type: 'decision', content: [item.paragraph] }, ...item.children]
    })
    return { nodes: [title, ...decisions], next }
  },
}

/** A decision holds paragraphs only: each listed resolution, nested ones too, becomes one. */
function paragraphsOf(tree: ListTree, format: ImportFormat): JSONContent[] {
  return tree.items.flatMap((item) => [
    paragraphOf([item.text], format),
    ...item.children.flatMap((child) => paragraphsOf(child, format)),
  ])
}
