import { readRecommendationLead } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { isHeadingMatching } from '../blocks/isHeadingMatching'
import { itemLabel } from '../blocks/itemLabel'
import { readHeadedItems } from '../blocks/readHeadedItems'
import { readParagraph } from '../blocks/readParagraph'
import { textOf } from '../blocks/textOf'
import { withoutLeadingText } from '../blocks/withoutLeadingText'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { readPerson } from '../people/readPerson'

const heading = /\brecommendations?\b/i
const line =
  /^(?:recommendation(?:\s+R?\d+)?(?:\s*\([^)]*\))?\s*[:.–-]\s*\S|we\s+(?:would\s+)?recommend\b)/i

const isRecommendationLine = (context: ImportContext, index: number) => {
  const current = context.line(index)
  return current?.shape.kind === 'text' && line.test(plainText(current.text))
}

/**
 * Recommendations: the bullets or paragraphs under a heading that mentions them, each with
 * its nested sub-items, and lines that open "Recommendation:" or "We recommend".
 */
export const recommendationRecogniser: Recogniser = {
  kind: 'recommendation',

  startsAt: (context, index) =>
    isRecommendationLine(context, index) || isHeadingMatching(context, index, heading),

  read: (context, index) => {
    if (isRecommendationLine(context, index)) {
      const { node, next } = readParagraph(context, index)
      return { nodes: [recommendationOf(context, node, [], index)], next }
    }
    const { heading: title, items, next } = readHeadedItems(context, index, 'recommendation')
    const recommendations = items.map((item) =>
      recommendationOf(context, item.paragraph, item.children, item.index),
    )
    return { nodes: [title, ...recommendations], next }
  },
}

/**
 * A recommendation, numbered in document order; a lead that gives that number, as printed
 * minutes and the exports write it ("Recommendation R2 (agreed; proposed by: Ann Lee):"),
 * becomes its attributes.
 */
function recommendationOf(
  context: ImportContext,
  paragraph: JSONContent,
  lists: JSONContent[],
  index: number,
): JSONContent {
  context.recommendations++
  const lead = readRecommendationLead(textOf(paragraph))
  const isOwnLead = lead?.number === context.recommendations
  const text = isOwnLead ? withoutLeadingText(paragraph, lead.length) : paragraph
  const proposer = isOwnLead && lead.proposer ? readPerson(context, lead.proposer) : undefined
  // A proposer the register cannot name keeps the whole lead as text, so no word is lost.
  if (isOwnLead && lead.proposer && !proposer)
    return recommendationAsWritten(context, paragraph, lists, index)
  context.recognise('recommendation', itemLabel(text), index)
  return {
    type: 'recommendation',
    attrs: {
      addressee: isOwnLead ? lead.addressee : null,
      status: isOwnLead ? lead.status : 'proposed',
      proposerId: proposer?.id ?? null,
    },
    content: [text, ...lists],
  }
}

function recommendationAsWritten(
  context: ImportContext,
  paragraph: JSONContent,
  lists: JSONContent[],
  index: number,
): JSONContent {
  context.recognise('recommendation', itemLabel(paragraph), index)
  return {
    type: 'recommendation',
    attrs: { addressee: null, status: 'proposed', proposerId: null },
    content: [paragraph, ...lists],
  }
}
