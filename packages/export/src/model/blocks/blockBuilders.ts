import { readHeadingAttributes } from '@minutes/schema'
import { buildInlines } from '../buildInlines'
import type { BlockBuilder } from './BlockBuilder'
import { buildActionItem } from './buildActionItem'
import { buildAgendaItem } from './buildAgendaItem'
import { buildChairSummary } from './buildChairSummary'
import { buildDecision } from './buildDecision'
import { buildList } from './buildList'
import { buildMeetingDetails } from './buildMeetingDetails'
import { buildMeetingHeader } from './buildMeetingHeader'
import { buildQuestionAnswer } from './buildQuestionAnswer'
import { buildRecommendation } from './buildRecommendation'
import { buildSpeakerSection } from './buildSpeakerSection'
import { buildTable } from './buildTable'

/** The builder of each block a walk meets, by node type; a node's own children are its builder's. */
export const blockBuilders: ReadonlyMap<string, BlockBuilder> = new Map<string, BlockBuilder>([
  [
    'paragraph',
    (node, context) => ({ type: 'paragraph', content: buildInlines(node, context.footnotes) }),
  ],
  [
    'heading',
    (node, context, minimumLevel) => {
      const { level } = readHeadingAttributes(node)
      return {
        type: 'heading',
        level: context.headings.next(level, minimumLevel),
        sourceLevel: level,
        content: buildInlines(node, context.footnotes),
      }
    },
  ],
  ['bulletList', buildList],
  ['orderedList', buildList],
  [
    'blockquote',
    (node, context, minimumLevel) => ({
      type: 'quote',
      blocks: context.walkChildren(node, minimumLevel),
    }),
  ],
  ['codeBlock', (node) => ({ type: 'code', text: node.textContent })],
  ['horizontalRule', () => ({ type: 'rule' })],
  ['table', buildTable],
  ['agendaItem', buildAgendaItem],
  ['meetingHeader', buildMeetingHeader],
  ['meetingDetails', buildMeetingDetails],
  ['speakerSection', buildSpeakerSection],
  ['recommendation', buildRecommendation],
  ['decision', buildDecision],
  ['actionItem', buildActionItem],
  ['questionAnswer', buildQuestionAnswer],
  ['chairSummary', buildChairSummary],
])

/** Text is never dropped: a node no builder knows still shows what it says. */
export const buildUnknownBlock: BlockBuilder = (node, context, minimumLevel) =>
  node.isTextblock
    ? { type: 'paragraph', content: buildInlines(node, context.footnotes) }
    : { type: 'quote', blocks: context.walkChildren(node, minimumLevel) }
