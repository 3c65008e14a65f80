import type { Selection } from '@tiptap/pm/state'

/** The last entry starting at or before the selection: the part of the minutes being read. */
export function findCurrentEntry(
  entries: readonly { position: number }[],
  selection: Selection,
): number {
  let low = 0
  let high = entries.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((entries[middle]?.position ?? Number.POSITIVE_INFINITY) <= selection.from) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}
