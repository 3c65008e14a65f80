import { Extension, isMacOS } from '@tiptap/core'
import { type EditorState, Selection, TextSelection, type Transaction } from '@tiptap/pm/state'
import { isInWindow, keepInViewWhileSettling } from './keepInViewWhileSettling'

export type DocumentEdge = 'start' | 'end'

/**
 * The selection moved to the start or end of the minutes (or stretched there, keeping its
 * anchor), scrolled into view. ProseMirror places it from the document, not from what the
 * browser has laid out: with `content-visibility: auto` on the blocks, Chromium's own Ctrl+End
 * stops at the last block it has drawn, far above the end of long minutes.
 */
export function moveToDocumentEdge(
  state: EditorState,
  edge: DocumentEdge,
  extend: boolean,
): Transaction {
  const target = edge === 'start' ? Selection.atStart(state.doc) : Selection.atEnd(state.doc)
  const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target
  return state.tr.setSelection(selection).scrollIntoView()
}

/**
 * Ctrl+Home / Ctrl+End (⌘↑ / ⌘↓ on a Mac), with Shift to select, handled by the editor. The caret
 * is kept in view while the blocks it passed settle: at the end of long minutes, headers drawn
 * after the jump pushed the last block off the screen.
 */
export const DocumentEdgeShortcuts = Extension.create({
  name: 'documentEdgeShortcuts',

  addKeyboardShortcuts() {
    const go = (edge: DocumentEdge, extend: boolean) => () => {
      const { view } = this.editor
      view.dispatch(moveToDocumentEdge(view.state, edge, extend))
      keepInViewWhileSettling(
        {
          isInView: () => isInWindow(view.coordsAtPos(view.state.selection.head)),
          bringIntoView: () => view.dispatch(view.state.tr.scrollIntoView()),
          isStillWanted: () => !view.isDestroyed,
        },
        view.dom,
      )
      return true
    }
    const shortcuts = {
      'Mod-Home': go('start', false),
      'Mod-End': go('end', false),
      'Shift-Mod-Home': go('start', true),
      'Shift-Mod-End': go('end', true),
    }
    // On other systems Ctrl+↑/↓ move by paragraph: only the Mac's ⌘↑/↓ mean the document's edges.
    if (!isMacOS()) return shortcuts
    return {
      ...shortcuts,
      'Mod-ArrowUp': go('start', false),
      'Mod-ArrowDown': go('end', false),
      'Shift-Mod-ArrowUp': go('start', true),
      'Shift-Mod-ArrowDown': go('end', true),
    }
  },
})
