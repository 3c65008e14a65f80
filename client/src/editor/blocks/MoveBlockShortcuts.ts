import { Extension } from '@tiptap/core'
import { type MoveDirection, moveBlock } from './moveBlock'

/** Alt+Shift+↑/↓ move the block around the selection; Escape selects the block around it. */
export const MoveBlockShortcuts = Extension.create({
  name: 'moveBlockShortcuts',

  addKeyboardShortcuts() {
    const move = (direction: MoveDirection) => () => {
      const transaction = moveBlock(this.editor.state, direction)
      if (!transaction) return false
      this.editor.view.dispatch(transaction)
      return true
    }
    return {
      'Alt-Shift-ArrowUp': move('up'),
      'Alt-Shift-ArrowDown': move('down'),
      Escape: () => this.editor.commands.selectParentNode(),
    }
  },
})
