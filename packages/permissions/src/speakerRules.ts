import type { BlockRef } from './DescribedChange'

/** Blocks that belong to one speaker, who may correct what is inside them while circulated. */
export const speakerOwnedBlocks: ReadonlySet<string> = new Set(['speakerSection', 'answer'])

/**
 * The blocks a speaker may create, remove or restyle inside their own: words and their layout.
 * Everything else attributes words or decisions to people (sections, answers, recommendations,
 * decisions, actions), carries a person or a status, or shapes the meeting (agenda items), or
 * is the secretariat's decision (a footnote of accepted new material), and stays the secretariat's.
 */
export const correctableBlocks: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
  'table',
  'tableRow',
  'tableCell',
  'tableHeader',
])

/** Whether `block` is one of the speaker's own sections or answers. */
export function isOwnBlock(block: BlockRef, speakerId: string | undefined): boolean {
  return (
    speakerId !== undefined && speakerOwnedBlocks.has(block.type) && block.speakerId === speakerId
  )
}

/**
 * The speaker-owned block that a change at `path` falls in: the innermost one, so that a
 * section nested inside someone else's belongs to its own speaker. -1 when there is none.
 */
export function ownerIndexOf(path: readonly BlockRef[]): number {
  for (let index = path.length - 1; index >= 0; index--) {
    if (speakerOwnedBlocks.has(path[index]?.type ?? '')) return index
  }
  return -1
}
