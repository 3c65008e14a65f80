// The one table lives with the workflow; exports write statuses as the app does.
export { workflowStatusLabels } from '@minutes/permissions'
