import { canComment } from './canComment'
import type { Commenter, DescribedChange } from './DescribedChange'
import type { DocumentAccess } from './roles'
import { correctableBlocks, isOwnBlock, ownerIndexOf } from './speakerRules'
import { isLocked, isOpenForCorrections, type WorkflowStatus } from './workflow'

export type Verdict = { allowed: true } | { allowed: false; reason: string }

const allowed: Verdict = { allowed: true }
const refuse = (reason: string): Verdict => ({ allowed: false, reason })

/**
 * Whether someone with `access` may make `change` while the minutes are `status`; `writer` is
 * who the server knows them as, which comment writes are judged by.
 */
export function canChange(
  access: DocumentAccess,
  status: WorkflowStatus,
  change: DescribedChange,
  writer?: Commenter,
): Verdict {
  if (change.target === 'comment') return canComment(access, status, change, writer)
  if (isLocked(status)) {
    return refuse(`These minutes are ${status}; nobody can change them until they are reopened.`)
  }
  if (change.target === 'unknown')
    return refuse(`This change was not understood: ${change.description}`)

  switch (access.role) {
    case 'secretariat':
      return allowed
    case 'reviewer':
      return refuse('Reviewers comment on the minutes; they do not change the text.')
    case 'speaker':
      return canSpeakerChange(access.speakerId, status, change)
  }
}

function canSpeakerChange(
  speakerId: string | undefined,
  status: WorkflowStatus,
  change: Exclude<DescribedChange, { target: 'unknown' | 'comment' }>,
): Verdict {
  if (!isOpenForCorrections(status)) {
    return refuse(
      'Speakers can correct the minutes only while they are circulated for corrections.',
    )
  }
  if (change.target === 'register') {
    return refuse('Only the secretariat can change the list of people.')
  }
  // A speaker with no section of their own has nothing to correct.
  if (change.target === 'filler') {
    return speakerId === undefined ? refuse('You have no section of your own to correct.') : allowed
  }
  const ownerIndex = ownerIndexOf(change.path)
  const owner = change.path[ownerIndex]
  if (!owner || !isOwnBlock(owner, speakerId)) {
    return refuse('This change is outside your section and was not saved.')
  }
  const lastIndex = change.path.length - 1
  if (change.action === 'attribute') {
    if (ownerIndex === lastIndex) {
      return refuse('The speaker and settings of your section are kept by the secretariat.')
    }
    if (!correctableBlocks.has(change.path[lastIndex]?.type ?? '')) {
      return refuse(
        'Who said, proposed or owns something, and its status, are kept by the secretariat.',
      )
    }
  }
  const attributing = change.blocks?.find((type) => !correctableBlocks.has(type))
  if (attributing !== undefined) {
    return refuse(
      'Speakers correct words; new sections, answers, agenda items, recommendations, decisions and actions are added by the secretariat.',
    )
  }
  return allowed
}

/**
 * Whether `access` may change anything at all in minutes that are `status` (a speaker, within
 * their own blocks): whether the editor should take typing.
 */
export function canWriteNow(access: DocumentAccess, status: WorkflowStatus): boolean {
  return canChange(access, status, { target: 'filler' }).allowed
}

/** The first refusal among `changes`, or allowed when every one is. */
export function canChangeAll(
  access: DocumentAccess,
  status: WorkflowStatus,
  changes: Iterable<DescribedChange>,
  writer?: Commenter,
): Verdict {
  for (const change of changes) {
    const verdict = canChange(access, status, change, writer)
    if (!verdict.allowed) return verdict
  }
  return allowed
}
