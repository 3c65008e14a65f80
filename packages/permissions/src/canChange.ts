import type { BlockRef, DescribedChange } from './DescribedChange'
import type { DocumentAccess } from './roles'
import type { WorkflowStatus } from './workflow'

export type Verdict = { allowed: true } | { allowed: false; reason: string }

const allowed: Verdict = { allowed: true }
const refuse = (reason: string): Verdict => ({ allowed: false, reason })

/** Blocks that belong to one speaker, who may correct what is inside them while circulated. */
const speakerOwnedTypes = new Set(['speakerSection', 'answer'])

/** Whether someone with `access` may make `change` while the minutes are `status`. */
export function canChange(
  access: DocumentAccess,
  status: WorkflowStatus,
  change: DescribedChange,
): Verdict {
  if (status === 'approved' || status === 'published') {
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
  change: Exclude<DescribedChange, { target: 'unknown' }>,
): Verdict {
  if (status !== 'circulated') {
    return refuse(
      'Speakers can correct the minutes only while they are circulated for corrections.',
    )
  }
  if (change.target === 'register') {
    return refuse('Only the secretariat can change the list of people.')
  }
  const ownIndex = change.path.findIndex((block) => isOwnBlock(block, speakerId))
  if (ownIndex === -1) return refuse('This change is outside your section and was not saved.')
  if (change.action === 'attribute' && ownIndex === change.path.length - 1) {
    return refuse('The speaker and settings of your section are kept by the secretariat.')
  }
  return allowed
}

function isOwnBlock(block: BlockRef, speakerId: string | undefined): boolean {
  return (
    speakerId !== undefined && speakerOwnedTypes.has(block.type) && block.speakerId === speakerId
  )
}

/** The first refusal among `changes`, or allowed when every one is. */
export function canChangeAll(
  access: DocumentAccess,
  status: WorkflowStatus,
  changes: Iterable<DescribedChange>,
): Verdict {
  for (const change of changes) {
    const verdict = canChange(access, status, change)
    if (!verdict.allowed) return verdict
  }
  return allowed
}
