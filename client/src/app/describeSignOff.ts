import { hasReached, type WorkflowStatus } from '@minutes/permissions'
import type { SignOffs } from './useDocumentMeta'

/**
 * "Published by Ada Clerk on 4 Dec 2026" for published minutes, "Approved by …" for approved
 * ones: the latest sign-off that still holds at `status`; undefined where none is known.
 */
export function describeSignOff(status: WorkflowStatus, signOffs: SignOffs): string | undefined {
  if (status === 'published' && signOffs.publishedBy) {
    return describe('Published', signOffs.publishedBy, signOffs.publishedAt)
  }
  if (hasReached(status, 'approved') && signOffs.approvedBy) {
    return describe('Approved', signOffs.approvedBy, signOffs.approvedAt)
  }
  return undefined
}

function describe(step: string, by: string, at: string | null | undefined): string {
  const date = at ? new Date(at) : undefined
  if (!date || Number.isNaN(date.getTime())) return `${step} by ${by}`
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
  return `${step} by ${by} on ${day}`
}
