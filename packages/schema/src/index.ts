export {
  ActionItem,
  type ActionItemAttributes,
  type ActionStatus,
  actionStatuses,
} from './action-item/ActionItem'
export { AttendanceList, Attendee } from './attendance/AttendanceList'
export {
  type AttendanceKind,
  attendanceKindLabels,
  attendanceKinds,
} from './attendance/attendanceKinds'
export { ChairSummary } from './chair-summary/ChairSummary'
export { Decision } from './decision/Decision'
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
export { CONTENT_FRAGMENT_NAME, minutesExtensions, minutesNodes } from './minutesExtensions'
export { describePerson, PEOPLE_MAP_NAME, type Person } from './people/Person'
export { Answer, Question, QuestionAnswer } from './question-answer/QuestionAnswer'
export {
  Recommendation,
  type RecommendationAttributes,
  type RecommendationStatus,
  recommendationStatuses,
} from './recommendation/Recommendation'
export { type FoundBlock, findSelectedBlock } from './shared/findSelectedBlock'
export { type NumberedBlock, numberBlocks } from './shared/numbering'
export { SpeakerSection } from './speaker-section/SpeakerSection'
