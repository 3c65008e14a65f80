export {
  MeResponse,
  NewAccount,
  Principal,
  SetupInput,
  SignedIn,
  SignInInput,
} from './auth'
export { CloseCode, isPermanentClose } from './closeCodes'
export {
  CommentText,
  CommentThreads,
  CommentView,
  CreatedThread,
  NewThread,
} from './comments'
export {
  type CorrectionClass,
  CorrectionDecision,
  CorrectionList,
  type CorrectionState,
  CorrectionView,
  correctionClasses,
  correctionStates,
} from './corrections'
export { describeProblem } from './describeProblem'
export {
  CreatedDocument,
  DocumentChange,
  DocumentSummary,
  defaultTitle,
  ErrorBody,
  maxTitleLength,
  NewDocument,
  StatusChange,
  Title,
} from './documents'
export { ImportedDocument, ImportPreview, ImportReport } from './imports'
export {
  CreatedInvitation,
  Invitation,
  InvitationStatus,
  NewInvitation,
} from './invitations'
export {
  defaultInvitationDays,
  maxImportBytes,
  maxInvitationDays,
  minPasswordLength,
} from './limits'
export {
  maxSearchQueryLength,
  type SearchKind,
  SearchResult,
  SearchResults,
  searchKinds,
} from './search'
export {
  ActionsRegister,
  BlockReference,
  CarriedAction,
  CreatedSeries,
  MeetingCounts,
  maxThemeLength,
  maxThemes,
  NewSeries,
  PersonBlock,
  RecommendationNoteChange,
  RecommendationsRegister,
  RegisterAction,
  RegisterRecommendation,
  SeriesList,
  SeriesMeeting,
  SeriesPeople,
  SeriesPerson,
  SeriesPersonSummary,
  SeriesSummary,
  SeriesView,
} from './series'
export { SeriesId } from './seriesId'
export {
  AuditTrail,
  CreatedVersion,
  HistoryPerson,
  maxVersionNameLength,
  NewVersion,
  VersionChanges,
  VersionContent,
  VersionList,
  VersionView,
} from './versions'
