import type { Verdict } from './canChange'
import type { Commenter, DescribedChange } from './DescribedChange'
import type { DocumentAccess } from './roles'
import type { WorkflowStatus } from './workflow'

const allowed: Verdict = { allowed: true }
const refuse = (reason: string): Verdict => ({ allowed: false, reason })

/**
 * Whether `access` may comment, reply and resolve now. Every role may, reviewers included
 * (outline#13820: reviewers who cannot resolve have nothing to do), until the minutes are
 * published; comments never change the minutes, so approval does not stop them.
 */
export function canCommentNow(_access: DocumentAccess, status: WorkflowStatus): Verdict {
  return status === 'published' ? refuse('Nobody can comment on published minutes.') : allowed
}

/**
 * Whether `writer` may make `change` to the threads: a new thread, comment or resolution
 * carries the writer's own identity; only its author edits or deletes a comment; anyone who
 * may comment reopens a thread.
 */
export function canComment(
  access: DocumentAccess,
  status: WorkflowStatus,
  change: Extract<DescribedChange, { target: 'comment' }>,
  writer: Commenter | undefined,
): Verdict {
  const now = canCommentNow(access, status)
  if (!now.allowed) return now
  if (!writer) return refuse('Comments need to know who writes them; sign in again.')
  if (
    change.actor &&
    (change.actor.id !== writer.id ||
      change.actor.name !== writer.name ||
      change.actor.role !== writer.role)
  ) {
    return refuse('A comment or a resolution carries its writer’s own name.')
  }
  if (change.owner !== undefined && change.owner !== writer.id) {
    return refuse('You can edit or delete only your own comments.')
  }
  return allowed
}
