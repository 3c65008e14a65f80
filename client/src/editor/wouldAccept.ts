import type { EditorState, Transaction } from '@tiptap/pm/state'
import { makeRoomFor } from './blocks/makeRoomFor'

/**
 * Whether the editor would take `tr`: every plugin's `filterTransaction` agrees (the rights
 * filter among them, which asks `@minutes/permissions`). A tool offers only what passes, so the
 * editor never needs its own copy of who may do what.
 */
export function wouldAccept(state: EditorState, tr: Transaction): boolean {
  return state.plugins.every(
    (plugin) => plugin.spec.filterTransaction?.call(plugin, tr, state) ?? true,
  )
}

/** Whether typing and formatting at the selection would be kept. */
export function canWriteAtSelection(state: EditorState): boolean {
  return wouldAccept(state, state.tr.insertText('x'))
}

/** Whether a block of `nodeType` inserted at the selection, as the insert menu places it, would be kept. */
export function canInsertBlock(state: EditorState, nodeType: string): boolean {
  const type = state.schema.nodes[nodeType]
  const block = type?.createAndFill()
  if (!type || !block) return false
  const tr = state.tr
  const start = makeRoomFor(tr, type)
  const room = start === undefined ? null : tr.doc.nodeAt(start)
  if (start === undefined || !room) return false
  return wouldAccept(state, tr.replaceWith(start, start + room.nodeSize, block))
}
