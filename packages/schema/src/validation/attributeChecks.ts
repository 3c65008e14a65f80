import { actionItemAttributeChecks } from '../action-item/ActionItem'
import { agendaItemAttributeChecks } from '../agenda-item/AgendaItem'
import {
  attendanceListAttributeChecks,
  attendeeAttributeChecks,
} from '../attendance/AttendanceList'
import { chairSummaryAttributeChecks } from '../chair-summary/ChairSummary'
import { footnoteAttributeChecks } from '../footnote/Footnote'
import { meetingDetailsAttributeChecks } from '../meeting-details/MeetingDetails'
import { officerAttributeChecks } from '../meeting-header/MeetingHeader'
import { answerAttributeChecks, questionAttributeChecks } from '../question-answer/QuestionAnswer'
import { recommendationAttributeChecks } from '../recommendation/Recommendation'
import { speakerSectionAttributeChecks } from '../speaker-section/SpeakerSection'
import {
  type AttributeChecks,
  integer,
  listOf,
  matching,
  oneOf,
  optional,
  safeHref,
  text,
} from './AttributeCheck'

export const tableCellAttributeChecks = {
  colspan: integer(1, 1000),
  rowspan: integer(1, 1000),
  // One width in pixels per column the cell spans; 0 where a column has none.
  colwidth: optional(listOf(integer(0, 100_000), 1000)),
  align: optional(oneOf(['left', 'center', 'right'])),
} satisfies AttributeChecks

export const orderedListAttributeChecks = {
  start: integer(0, 1_000_000),
  type: optional(oneOf(['1', 'a', 'A', 'i', 'I'])),
} satisfies AttributeChecks

/**
 * Every attribute of every node in `minutesExtensions()`, with what it may hold: the one rule
 * for HTML that is pasted, JSON that is loaded and Yjs updates the server receives. A test
 * compares it with the schema, so an attribute added without a check fails.
 */
export const nodeAttributeChecks: ReadonlyMap<string, AttributeChecks> = new Map<
  string,
  AttributeChecks
>([
  ['doc', {}],
  ['text', {}],
  ['paragraph', {}],
  ['heading', { level: integer(1, 6) }],
  ['blockquote', {}],
  ['bulletList', {}],
  ['orderedList', orderedListAttributeChecks],
  ['listItem', {}],
  ['codeBlock', { language: optional(matching(/^[\w+#.-]{1,40}$/, 'a language name')) }],
  ['hardBreak', {}],
  ['horizontalRule', {}],
  ['meetingHeader', {}],
  ['bodyName', {}],
  ['officer', officerAttributeChecks],
  ['meetingDetails', meetingDetailsAttributeChecks],
  ['attendanceList', attendanceListAttributeChecks],
  ['attendee', attendeeAttributeChecks],
  ['agendaItem', agendaItemAttributeChecks],
  ['speakerSection', speakerSectionAttributeChecks],
  ['recommendation', recommendationAttributeChecks],
  ['questionAnswer', {}],
  ['question', questionAttributeChecks],
  ['answer', answerAttributeChecks],
  ['chairSummary', chairSummaryAttributeChecks],
  ['decision', {}],
  ['actionItem', actionItemAttributeChecks],
  ['footnote', footnoteAttributeChecks],
  ['table', {}],
  ['tableRow', {}],
  ['tableHeader', tableCellAttributeChecks],
  ['tableCell', tableCellAttributeChecks],
])

/** The same for formatting: only links carry attributes. */
export const markAttributeChecks: ReadonlyMap<string, AttributeChecks> = new Map<
  string,
  AttributeChecks
>([
  ['bold', {}],
  ['italic', {}],
  ['underline', {}],
  ['strike', {}],
  ['code', {}],
  [
    'link',
    {
      href: safeHref,
      target: optional(oneOf(['_blank', '_self', '_parent', '_top'])),
      rel: optional(text(200)),
      class: optional(text(200)),
      title: optional(text()),
    },
  ],
])
