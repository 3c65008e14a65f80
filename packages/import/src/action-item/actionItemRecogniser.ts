import type { JSONContent } from '@tiptap/core'
import { isHeadingMatching } from '../blocks/isHeadingMatching'
import { itemLabel } from '../blocks/itemLabel'
import { readHeadedItems } from '../blocks/readHeadedItems'
import { readParagraph } from '../blocks/readParagraph'
import { textOf } from '../blocks/textOf'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { namesOwner, parseAction } from './parseAction'

const line = /^(?:actions?|action points?)\s*(?:\([^)]*\))?\s*[:–-]\s*\S/i
const heading =
  /^(?:actions?(?: (?:points|items|agreed|arising|log))?|action points|next steps)\s*:?$/i

const isActionLine = (context: ImportContext, index: number) => {
  const current = context.line(index)
  return current?.shape.kind === 'text' && line.test(plainText(current.text))
}

/**
 * "Action: <owner> to … by <date>" lines, and the items under an "Actions" heading: each an
 * action item with its owner from the register and its due date where one is written.
 */
export const actionItemRecogniser: Recogniser = {
  kind: 'actionItem',

  startsAt: (context, index) =>
    isActionLine(context, index) || isHeadingMatching(context, index, heading),

  read: (context, index) => {
    if (isActionLine(context, index)) {
      const { node, next } = readParagraph(context, index)
      return { nodes: [actionItemOf(context, node, index)], next }
    }
    const {
      heading: title,
      items,
      next,
    } = readHeadedItems(context, index, 'actionItem', (text) => namesOwner(context, text))
    const actions = items.flatMap((item) => [
      actionItemOf(context, item.paragraph, item.index),
      ...item.children,
    ])
    return { nodes: [title, ...actions], next }
  },
}

function actionItemOf(context: ImportContext, paragraph: JSONContent, index: number): JSONContent {
  const { owner, dueDate } = parseAction(context, textOf(paragraph))
  context.recognise('actionItem', itemLabel(paragraph), index)
  return {
    type: 'actionItem',
    attrs: { ownerId: owner?.id ?? null, dueDate, status: 'open' },
    content: [paragraph],
  }
}
