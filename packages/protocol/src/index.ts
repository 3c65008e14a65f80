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
  DocumentRename,
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
