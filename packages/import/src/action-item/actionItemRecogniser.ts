import { readActionLead, readActionTrail } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { isHeadingMatching } from '../blocks/isHeadingMatching'
import { itemLabel } from '../blocks/itemLabel'
import { readHeadedItems } from '../blocks/readHeadedItems'
import { readParagraph } from '../blocks/readParagraph'
import { textOf } from '../blocks/textOf'
import { withoutLeadingText } from '../blocks/withoutLeadingText'
import { withoutTrailingText } from '../blocks/withoutTrailingText'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { namesOwner, parseAction } from './parseAction'
import { readActionParts } from './readActionParts'
import { readActionStatus } from './readActionStatus'

const line = /^(?:actions?|action points?)\s*(?:\([^)]*\))?\s*[:–-]\s*\S/i
const heading =
  /^(?:actions?(?: (?:points|items|agreed|arising|log))?|action points|next steps)\s*:?$/i

const isActionLine = (context: ImportContext, index: number) => {
  const current = context.line(index)
  if (current?.shape.kind !== 'text') return false
  const text = plainText(current.text)
  return line.test(text) || isNumberedAction(context, text)
}

/** "A2 Book the hall — Clerk, due 3 April 2025 (open)", as the exports write the next action. */
function isNumberedAction(context: ImportContext, text: string): boolean {
  const trail = readActionTrail(text)
  return (
    readActionLead(text)?.number === context.actions + 1 &&
    trail !== undefined &&
    readActionStatus(trail.status) !== undefined
  )
}

/**
 * "Action: <owner> to … by <date>" lines, numbered actions as the exports write them, and the
 * items under an "Actions" heading: each an action item with its owner from the register and
 * its due date where one is written.
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
  const text = textOf(paragraph)
  const isNumbered = isNumberedAction(context, text)
  context.actions++
  if (isNumbered) return numberedAction(context, paragraph, index)
  const { owner, dueDate } = parseAction(context, text)
  context.recognise('actionItem', itemLabel(paragraph), index)
  return {
    type: 'actionItem',
    attrs: {
      ownerId: owner?.id ?? null,
      dueDate,
      // A ticked task-list box ("[x] …") is a done action.
      status: /^\[[xX]\]/.test(text) ? 'done' : 'open',
      label: null,
      ownerLabel: null,
      dueLabel: null,
      statusLabel: null,
    },
    content: [paragraph],
  }
}

/** The lead and trail become the number and attributes; the text between them is the action. */
function numberedAction(
  context: ImportContext,
  paragraph: JSONContent,
  index: number,
): JSONContent {
  const text = textOf(paragraph)
  const lead = readActionLead(text)
  const trail = readActionTrail(text)
  if (!lead || !trail) throw new Error(`Line ${index + 1} holds no numbered action.`)
  const action = withoutLeadingText(withoutTrailingText(paragraph, trail.index), lead.length)
  context.recognise('actionItem', itemLabel(action), index)
  return {
    type: 'actionItem',
    attrs: {
      ...readActionParts(context, {
        owner: trail.owner ?? undefined,
        due: trail.due ?? undefined,
        status: trail.status,
      }),
      label: null,
    },
    content: [action],
  }
}
