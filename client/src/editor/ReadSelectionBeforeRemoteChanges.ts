import { Extension } from '@tiptap/core'
import type * as Y from 'yjs'

export interface ReadSelectionBeforeRemoteChangesOptions {
  document: Y.Doc | null
}

/**
 * Before someone else's change is applied, has ProseMirror read where the browser's caret is.
 *
 * A caret moved by the browser itself (a click, End, the arrow keys) reaches ProseMirror only
 * with the next "selectionchange" event, a task later. y-prosemirror keeps the local caret
 * across a remote change by noting the editor's selection just before applying it and putting
 * it back afterwards, into the page too. A remote change landing in between would note the
 * caret where it was before the click or key, and move it back there: End, Enter would then
 * split the paragraph where it was clicked, and typing would go where the caret had been.
 * Reading the pending selection first (ProseMirror does so on "selectionchange") closes that gap.
 */
export const ReadSelectionBeforeRemoteChanges =
  Extension.create<ReadSelectionBeforeRemoteChangesOptions>({
    name: 'readSelectionBeforeRemoteChanges',

    addOptions() {
      return { document: null }
    },

    onCreate() {
      const { document: ydoc } = this.options
      if (!ydoc) return
      const { editor } = this
      const readSelection = (transaction: Y.Transaction) => {
        if (transaction.local || editor.isDestroyed || !editor.view.hasFocus()) return
        editor.view.dom.ownerDocument.dispatchEvent(new Event('selectionchange'))
      }
      ydoc.on('beforeTransaction', readSelection)
      editor.on('destroy', () => ydoc.off('beforeTransaction', readSelection))
    },
  })
