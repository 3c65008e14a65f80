import { Extension } from '@tiptap/core'
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { makeRoomFor } from './makeRoomFor'

export interface BlockPromptStorage {
  /** Position of a block just inserted whose view should open its first question (a picker). */
  position: number | null
  listeners: Set<() => void>
}

declare module '@tiptap/core' {
  interface Storage {
    blockPrompt: BlockPromptStorage
  }
}

/**
 * The keyboard way into blocks' chips: Alt+Enter focuses the chips of the block around the
 * selection, Enter on a selected block such as the meeting details opens it. Typing while a
 * block is selected starts a paragraph after it instead of replacing it (Delete removes it). Also carries the
 * request, after inserting a block, that its view open its picker or form.
 */
export const BlockPrompt = Extension.create<Record<string, never>, BlockPromptStorage>({
  name: 'blockPrompt',

  addStorage() {
    return { position: null, listeners: new Set() }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typeAfterAtom'),
        props: {
          handleTextInput: (view, _from, _to, text) => {
            const { selection, schema } = view.state
            const paragraph = schema.nodes.paragraph
            if (!(selection instanceof NodeSelection) || selection.node.isInline || !paragraph) {
              return false
            }
            const tr = view.state.tr
            if (makeRoomFor(tr, paragraph) === undefined) return true
            view.dispatch(tr.insertText(text).scrollIntoView())
            return true
          },
        },
      }),
    ]
  },

  addKeyboardShortcuts() {
    return {
      'Alt-Enter': () => focusBlockChips(this.editor.view),
      Enter: () => {
        const { selection } = this.editor.state
        if (!(selection instanceof NodeSelection) || !selection.node.isAtom) return false
        const chip = chipsOf(this.editor.view.nodeDOM(selection.from))[0]
        if (!chip) return false
        chip.click()
        return true
      },
    }
  },
})

/** Asks the view of the block at `position` to open its first chip once it is shown. */
export function requestPrompt(storage: BlockPromptStorage, position: number): void {
  storage.position = position
  for (const listener of storage.listeners) listener()
}

/** Focuses the first chip of the innermost block around (or at) the selection that has chips. */
export function focusBlockChips(view: EditorView): boolean {
  const { selection } = view.state
  const positions: number[] = []
  if (selection instanceof NodeSelection) positions.push(selection.from)
  for (let depth = selection.$from.depth; depth >= 1; depth--) {
    positions.push(selection.$from.before(depth))
  }
  for (const position of positions) {
    const chip = chipsOf(view.nodeDOM(position))[0]
    if (chip) {
      chip.focus()
      return true
    }
  }
  return false
}

/**
 * The chips of the block whose DOM is `dom`, not those of blocks nested in its content, nor
 * those that cannot be used here (disabled, or switched off by the rights' styles).
 */
function chipsOf(dom: Node | null): HTMLElement[] {
  if (!(dom instanceof HTMLElement)) return []
  return Array.from(dom.querySelectorAll<HTMLElement>('[data-chip]')).filter(
    (chip) =>
      chip.closest('.react-renderer') === dom &&
      !chip.matches(':disabled') &&
      getComputedStyle(chip).pointerEvents !== 'none',
  )
}
