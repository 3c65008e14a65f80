import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { ActionItem } from './action-item/ActionItem'
import { AgendaItem } from './agenda-item/AgendaItem'
import { AttendanceList, Attendee } from './attendance/AttendanceList'
import { ChairSummary } from './chair-summary/ChairSummary'
import { Decision } from './decision/Decision'
import { Footnote } from './footnote/Footnote'
import { SafeLink } from './link/SafeLink'
import { MeetingDetails } from './meeting-details/MeetingDetails'
import { BodyName, MeetingHeader, Officer } from './meeting-header/MeetingHeader'
import { Answer, Question, QuestionAnswer } from './question-answer/QuestionAnswer'
import { Recommendation } from './recommendation/Recommendation'
import { ContinueAfterBlock } from './shared/ContinueAfterBlock'
import { SpeakerSection } from './speaker-section/SpeakerSection'
import { tableNodes } from './table/tableNodes'
import { ValidAttributes } from './validation/ValidAttributes'

/** Name of the Y.XmlFragment holding the ProseMirror content. */
export const CONTENT_FRAGMENT_NAME = 'default'

/** Name of the Y.Map, written by the server alone, that mirrors the workflow (key `status`). */
export const WORKFLOW_MAP_NAME = 'workflow'

/** The minutes' own node types, in the order the client lists them for insertion. */
export const minutesNodes = [
  MeetingHeader,
  BodyName,
  Officer,
  MeetingDetails,
  AttendanceList,
  Attendee,
  AgendaItem,
  SpeakerSection,
  Recommendation,
  QuestionAnswer,
  Question,
  Answer,
  ChairSummary,
  Decision,
  ActionItem,
  Footnote,
]

/**
 * The one extension list that defines the minutes schema: StarterKit, the minutes nodes and
 * tables, links limited to safe targets, and pasted attributes checked. Client and server both build from it, so that nothing one side writes is dropped by
 * the other. The client may swap in node views by extending these nodes, never by changing
 * their schema.
 */
export function minutesExtensions(): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings its own per-user undo; StarterKit's history would undo others' typing.
      undoRedo: false,
      // A trailing paragraph added by every client on load is content nobody wrote: it
      // duplicates between clients and is outside any speaker's section, so it is refused.
      trailingNode: false,
      link: false,
    }),
    SafeLink,
    ...minutesNodes,
    ...tableNodes,
    ValidAttributes,
    ContinueAfterBlock,
  ]
}
