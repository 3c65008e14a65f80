import type { DocumentAccess, WorkflowStatus } from '@minutes/permissions'

/**
 * Whether the text should take typing at all. A speaker can while the minutes are circulated
 * (the section rights keep them to their own blocks); nobody can once they are approved.
 */
export function canEditMinutes(access: DocumentAccess, status: WorkflowStatus): boolean {
  if (status === 'approved' || status === 'published') return false
  switch (access.role) {
    case 'secretariat':
      return true
    case 'speaker':
      return status === 'circulated' && access.speakerId !== undefined
    case 'reviewer':
      return false
  }
}
