export { canChange, canChangeAll, type Verdict } from './canChange'
export { canSetStatus } from './canSetStatus'
export type { BlockRef, DescribedChange } from './DescribedChange'
export { type DocumentAccess, type Role, roles } from './roles'
export {
  correctableBlocks,
  isOwnBlock,
  ownerIndexOf,
  speakerOwnedBlocks,
} from './speakerRules'
export { isWorkflowStatus, type WorkflowStatus, workflowStatuses } from './workflow'
