import { readDecisionLead } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { isHeadingMatching } from '../blocks/isHeadingMatching'
import { itemLabel } from '../blocks/itemLabel'
import { paragraphOf } from '../blocks/paragraphOf'
import { readHeadedItems } from '../blocks/readHeadedItems'
import { type ListTree, readList } from '../blocks/readList'
import { readParagraph } from '../blocks/readParagraph'
import { textOf } from '../blocks/textOf'
import { withoutLeadingText } from '../blocks/withoutLeadingText'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import type { ImportFormat } from '../ImportResult'
import { plainText } from '../markdown/plainText'

const line =
  /^(?:it was\s+)?(?:resolved|agreed|decided)\b\s*(?:[:,.–-]|\s+(?:that|to)\b)|^decisions?\s*[:–-]|^approved\b/i
// "The Board approved …", "The committee agreed to …": the body deciding, named as itself.
const bodyDecided =
  /^the\s+(?:board|committee|council|group|trustees|governors|directors|meeting|members|tsc|consortium|forum|assembly)\s+(?:approved|agreed|resolved|decided)\b/i
// "The motion was carried unanimously.", "The motion passed with 14 votes for …".
const voted =
  /\b(?:motion|resolution|proposal|amendment)\s+(?:was\s+)?(?:carried|passed)\b|\b(?:was\s+)?carried(?:\s+unanimously|\s+nem\.?\s*con\.?)?\.?$/i
const heading = /^(?:decisions?(?: (?:taken|made|agreed))?|resolutions?|agreed)\s*:?$/i
// "RESOLVED:" alone on its line, with what was resolved listed under it.
const bareLabel = /^\W*(?:it was\s+)?(?:resolved|agreed|decided|decisions?)\W*$/i

const isDecisionLine = (context: ImportContext, index: number) => {
  const current = context.line(index)
  if (current?.shape.kind !== 'text') return false
  const text = plainText(current.text)
  return (
    line.test(text) ||
    bodyDecided.test(text) ||
    voted.test(text) ||
    readDecisionLead(text)?.number === context.decisions + 1
  )
}

/**
 * "Resolved, That …", "RESOLVED: …", "Decision: …", "Approved …", "The Board approved …",
 * "… the motion was carried", the items under a "Decisions" heading, and
 * decisions numbered as the exports write them ("D2 Resolved, That …").
 */
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
      const content = resolutions ? paragraphsOf(resolutions.tree, context.format) : []
      return {
        nodes: [decisionOf(context, [node, ...content], index)],
        next: resolutions?.next ?? next,
      }
    }
    const { heading: title, items, next } = readHeadedItems(context, index, 'decision')
    const decisions = items.flatMap((item) => [
      decisionOf(context, [item.paragraph], item.index),
      ...item.children,
    ])
    return { nodes: [title, ...decisions], next }
  },
}

/** A decision, numbered in document order; a lead giving that number ("D2") is the number, not text. */
function decisionOf(context: ImportContext, content: JSONContent[], index: number): JSONContent {
  context.decisions++
  const [first = { type: 'paragraph' }, ...rest] = content
  const lead = readDecisionLead(textOf(first))
  const opening =
    lead?.number === context.decisions ? withoutLeadingText(first, lead.length) : first
  const paragraphs = [opening, ...rest]
  context.recognise('decision', itemLabel({ content: paragraphs }), index)
  return { type: 'decision', content: paragraphs }
}

/** A decision holds paragraphs only: each listed resolution, nested ones too, becomes one. */
function paragraphsOf(tree: ListTree, format: ImportFormat): JSONContent[] {
  return tree.items.flatMap((item) => [
    paragraphOf([item.text], format),
    ...item.children.flatMap((child) => paragraphsOf(child, format)),
  ])
}
