import type { Selection } from '@tiptap/pm/state'

/** The entry whose block holds the selection, or -1. */
export function findEntryAtSelection(
  entries: readonly { position: number; end: number }[],
  selection: Selection,
): number {
  return entries.findIndex((entry) => entry.position <= selection.from && selection.to <= entry.end)
}
