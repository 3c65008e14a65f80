export {
  ActionItem,
  type ActionItemAttributes,
  type ActionStatus,
  actionStatuses,
  readActionItemAttributes,
} from './action-item/ActionItem'
export {
  AgendaItem,
  type AgendaItemAttributes,
  agendaItemAttributeChecks,
  agendaItemLevel,
  agendaItemPrefix,
  agendaNumberHint,
  agendaReferenceText,
  describeAgendaItem,
  nextAgendaNumber,
  readAgendaItemAttributes,
} from './agenda-item/AgendaItem'
export {
  agendaItemDepths,
  agendaItemGroupEnd,
  type GroupedBlock,
} from './agenda-item/agendaItemGroupEnd'
export { renumberAgendaNumbers } from './agenda-item/renumberAgendaNumbers'
export {
  AttendanceList,
  type AttendanceListAttributes,
  Attendee,
  type AttendeeAttributes,
  readAttendanceListAttributes,
  readAttendeeAttributes,
} from './attendance/AttendanceList'
export {
  type AttendanceKind,
  attendanceHeading,
  attendanceKindLabels,
  attendanceKinds,
} from './attendance/attendanceKinds'
export {
  ChairSummary,
  type ChairSummaryAttributes,
  chairSummaryHeading,
  readChairSummaryAttributes,
} from './chair-summary/ChairSummary'
export {
  COMMENTS_MAP_NAME,
  type CommentAuthor,
  type CommentKey,
  type CommentRole,
  type CommentThread,
  commentKey,
  commentRoles,
  isCommentEntryId,
  maxAnchorLength,
  maxCommentBodyLength,
  maxCommentsPerThread,
  maxMentionsPerComment,
  maxQuoteLength,
  maxThreadsPerDocument,
  parseCommentKey,
  type ThreadComment,
  threadKey,
} from './comments/CommentThread'
export { checkCommentEntry } from './comments/checkCommentEntry'
export {
  type CommentEntry,
  createCommentId,
  deletedComment,
  editedComment,
  newComment,
  newThread,
  type ThreadAnchor,
  withResolution,
} from './comments/commentValues'
export { type CommentWrite, describeCommentWrite } from './comments/describeCommentWrite'
export { readThreads, type ThreadWithComments } from './comments/readThreads'
export { Decision } from './decision/Decision'
export {
  Footnote,
  type FootnoteAttributes,
  footnoteAttributeChecks,
  maxFootnoteLength,
  readFootnoteAttributes,
} from './footnote/Footnote'
export { type ActionColumn, actionColumnOf, readActionColumns } from './leads/actionColumns'
export {
  type ActionTrail,
  type ActionTrailParts,
  actionStatusLabels,
  describeActionLead,
  describeActionTrail,
  formatDueDate,
  readActionLead,
  readActionTrail,
} from './leads/actionLead'
export { describeDecisionLead, readDecisionLead } from './leads/decisionLead'
export { describeQuestionLead, readQuestionLead } from './leads/questionLead'
export {
  describeRecommendationLead,
  type RecommendationLead,
  type RecommendationLeadParts,
  readRecommendationLead,
  recommendationStatusLabels,
} from './leads/recommendationLead'
export { SafeLink } from './link/SafeLink'
export {
  describeMeetingDetails,
  formatMeetingDate,
  formatTimeRange,
  nextMeetingLead,
} from './meeting-details/describeMeetingDetails'
export {
  MeetingDetails,
  type MeetingDetailsAttributes,
  meetingDetailsKeys,
  readMeetingDetailsAttributes,
} from './meeting-details/MeetingDetails'
export {
  BodyName,
  MeetingHeader,
  Officer,
  type OfficerAttributes,
  readOfficerAttributes,
} from './meeting-header/MeetingHeader'
export { type OfficerRole, officerRoleLabels, officerRoles } from './meeting-header/officerRoles'
export {
  CONTENT_FRAGMENT_NAME,
  minutesExtensions,
  minutesNodes,
  WORKFLOW_MAP_NAME,
} from './minutesExtensions'
export { describeAttendee, describePerson, PEOPLE_MAP_NAME, type Person } from './people/Person'
export {
  Answer,
  type AnswerAttributes,
  Question,
  QuestionAnswer,
  type QuestionAttributes,
  readAnswerAttributes,
  readQuestionAttributes,
} from './question-answer/QuestionAnswer'
export {
  Recommendation,
  type RecommendationAttributes,
  type RecommendationStatus,
  readRecommendationAttributes,
  recommendationStatuses,
} from './recommendation/Recommendation'
export {
  type RegisterEntry,
  type RegisterKind,
  type RegisterStatus,
  registerEntries,
  registerKinds,
} from './register/registerEntries'
export { type FoundBlock, findSelectedBlock } from './shared/findSelectedBlock'
export { maxBlockDepth } from './shared/maxBlockDepth'
export { type NumberedBlock, numberBlocks } from './shared/numbering'
export { textEditBetween } from './shared/textEditBetween'
export {
  readSpeakerSectionAttributes,
  SpeakerSection,
  type SpeakerSectionAttributes,
} from './speaker-section/SpeakerSection'
export { tableNodes } from './table/tableNodes'
export type { WithAttributes } from './validation/attributeReaders'
export { checkAttributeValue } from './validation/checkAttributeValue'
export { checkMarkValue } from './validation/checkMarkValue'
export { checkPersonValue } from './validation/checkPersonValue'
export { isSafeHref, maxHrefLength, safeLinkSchemes } from './validation/isSafeHref'
export {
  type HeadingLevel,
  headingLevels,
  readHeadingAttributes,
  readOrderedListAttributes,
  readTableCellAttributes,
} from './validation/readStandardAttributes'
export { withValidAttributes } from './validation/withValidAttributes'
