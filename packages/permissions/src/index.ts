export { type DocumentAccess, type Role, roles } from './roles'
export { isWorkflowStatus, type WorkflowStatus, workflowStatuses } from './workflow'
