export { canChange, canChangeAll, canWriteNow, type Verdict } from './canChange'
export { canSetStatus, nextStatus } from './canSetStatus'
export type { BlockRef, DescribedChange } from './DescribedChange'
export { type DocumentAccess, type Role, roles } from './roles'
export {
  correctableBlocks,
  isOwnBlock,
  ownerIndexOf,
  speakerOwnedBlocks,
} from './speakerRules'
export { isWorkflowStatus, type WorkflowStatus, workflowStatuses } from './workflow'
