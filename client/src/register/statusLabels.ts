import type { RegisterStatus } from './registerEntries'

/** Each status as the panel writes it. */
export const statusLabels: Record<RegisterStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  noted: 'Noted',
  rejected: 'Rejected',
  open: 'Open',
  inProgress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
}
