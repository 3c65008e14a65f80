export {
  MeResponse,
  minPasswordLength,
  NewAccount,
  Principal,
  SetupInput,
  SignedIn,
  SignInInput,
} from './auth'
export { CloseCode, isPermanentClose } from './closeCodes'
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
export { ImportedDocument, ImportPreview, ImportReport, maxImportBytes } from './imports'
export {
  CreatedInvitation,
  defaultInvitationDays,
  Invitation,
  InvitationStatus,
  maxInvitationDays,
  NewInvitation,
} from './invitations'
