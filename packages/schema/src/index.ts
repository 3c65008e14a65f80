export {
  ActionItem,
  type ActionItemAttributes,
  type ActionStatus,
  actionStatuses,
} from './action-item/ActionItem'
export { AttendanceList, Attendee } from './attendance/AttendanceList'
export {
  type AttendanceKind,
  attendanceHeading,
  attendanceKindLabels,
  attendanceKinds,
} from './attendance/attendanceKinds'
export { ChairSummary, chairSummaryHeading } from './chair-summary/ChairSummary'
export { Decision } from './decision/Decision'
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
} from './meeting-details/describeMeetingDetails'
export {
  MeetingDetails,
  type MeetingDetailsAttributes,
  meetingDetailsKeys,
} from './meeting-details/MeetingDetails'
export { BodyName, MeetingHeader, Officer } from './meeting-header/MeetingHeader'
export { type OfficerRole, officerRoleLabels, officerRoles } from './meeting-header/officerRoles'
export {
  CONTENT_FRAGMENT_NAME,
  minutesExtensions,
  minutesNodes,
  WORKFLOW_MAP_NAME,
} from './minutesExtensions'
export { describeAttendee, describePerson, PEOPLE_MAP_NAME, type Person } from './people/Person'
export { Answer, Question, QuestionAnswer } from './question-answer/QuestionAnswer'
export {
  Recommendation,
  type RecommendationAttributes,
  type RecommendationStatus,
  recommendationStatuses,
} from './recommendation/Recommendation'
export { type FoundBlock, findSelectedBlock } from './shared/findSelectedBlock'
export { maxBlockDepth } from './shared/maxBlockDepth'
export { type NumberedBlock, numberBlocks } from './shared/numbering'
export { textEditBetween } from './shared/textEditBetween'
export { SpeakerSection } from './speaker-section/SpeakerSection'
export { tableNodes } from './table/tableNodes'
export { checkAttributeValue } from './validation/checkAttributeValue'
export { checkMarkValue } from './validation/checkMarkValue'
export { checkPersonValue } from './validation/checkPersonValue'
export { isSafeHref, maxHrefLength, safeLinkSchemes } from './validation/isSafeHref'
export { withValidAttributes } from './validation/withValidAttributes'
