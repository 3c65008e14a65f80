import {
  canManageDocument,
  type DocumentAccess,
  isLocked,
  isOpenForCorrections,
  type WorkflowStatus,
} from '@minutes/permissions'

/** What the banner under the top bar tells this person they may change; null: nothing to say. */
export function describeRights(access: DocumentAccess, status: WorkflowStatus): string | null {
  if (isLocked(status)) {
    const closed = `These minutes are ${status} and can no longer be changed.`
    return canManageDocument(access) ? `${closed} Reopen them to make changes.` : closed
  }
  switch (access.role) {
    case 'secretariat':
      return null
    case 'reviewer':
      return 'You can read these minutes and comment on any text you select (Ctrl+Alt+M).'
    case 'speaker':
      return isOpenForCorrections(status)
        ? 'You can correct your own sections (highlighted) while the minutes are circulated for corrections.'
        : 'The minutes are not open for corrections at the moment.'
  }
}
