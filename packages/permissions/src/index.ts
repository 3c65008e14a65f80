export { canChange, canChangeAll, canWriteNow, type Verdict } from './canChange'
export { canComment, canCommentNow } from './canComment'
export {
  canSetStatus,
  isReopening,
  nextStatus,
  type ReopenStatus,
  reopenStatuses,
} from './canSetStatus'
export type { BlockRef, CommentAction, Commenter, DescribedChange } from './DescribedChange'
export {
  canManageDocument,
  type DocumentAccess,
  isRole,
  type Role,
  roleLabels,
  roles,
} from './roles'
export {
  correctableBlocks,
  isOwnBlock,
  ownerIndexOf,
  speakerOwnedBlocks,
} from './speakerRules'
export {
  hasReached,
  isLocked,
  isOpenForCorrections,
  isWorkflowStatus,
  type LockedStatus,
  type WorkflowStatus,
  workflowStatuses,
  workflowStatusLabels,
} from './workflow'
