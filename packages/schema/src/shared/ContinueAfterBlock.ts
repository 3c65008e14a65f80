import { Extension } from '@tiptap/core'
import type { NodeType, Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model'
import { type EditorState, NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state'
import { canSplit } from '@tiptap/pm/transform'

/**
 * Enter at the end of a block that holds only what it is (an action, the last line of a
 * recommendation, a section, an answer, the last cell of a table, the last attendee) continues
 * with a paragraph after it. Without this, Enter does nothing where the block cannot split, and
 * a document that ends in such a block has no keyboard way to go on writing.
 */
export const ContinueAfterBlock = Extension.create({
  name: 'continueAfterBlock',

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { state } = editor
        const transaction = continueAfterBlock(state)
        if (!transaction) return false
        // Where leaving the block would be refused (a speaker at the end of their section),
        // Enter does what it always did, inside the block.
        const isRefused = state.plugins.some(
          (plugin) => plugin.spec.filterTransaction?.call(plugin, transaction, state) === false,
        )
        if (isRefused) return false
        editor.view.dispatch(transaction.scrollIntoView())
        return true
      },
    }
  },
})

/**
 * The transaction that puts an empty paragraph after the innermost block the selection ends,
 * moving the caret there; undefined where Enter should do what it always does.
 */
export function continueAfterBlock(state: EditorState): Transaction | undefined {
  const { selection, schema } = state
  const paragraph = schema.nodes.paragraph
  if (!paragraph) return undefined
  let $end: ResolvedPos
  let emptyLine: ProseMirrorNode | undefined
  if (selection instanceof NodeSelection) {
    $end = selection.$to
  } else {
    const $cursor = selection instanceof TextSelection ? selection.$cursor : null
    if (!$cursor?.parent.isTextblock || $cursor.parent.type.spec.code) return undefined
    if ($cursor.parentOffset < $cursor.parent.content.size) return undefined
    // Lists leave themselves on Enter in an empty item; a line that can split, splits.
    if ($cursor.node(-1).type.name === 'listItem') return undefined
    const isEmpty = $cursor.parent.content.size === 0
    if (!isEmpty && canSplit(state.doc, $cursor.pos)) return undefined
    if (isEmpty) emptyLine = $cursor.parent
    $end = state.doc.resolve($cursor.after())
  }
  if ($end.index() < $end.parent.childCount) return undefined
  const depth = innermostContinuableDepth($end, paragraph)
  if (depth === undefined) return undefined
  const tr = state.tr
  // The empty line that asked to leave goes, where its block can do without it.
  if (emptyLine && $end.parent.canReplace($end.index() - 1, $end.index())) {
    tr.delete($end.pos - emptyLine.nodeSize, $end.pos)
  }
  const after = tr.mapping.map($end.after(depth))
  tr.insert(after, paragraph.create())
  return tr.setSelection(TextSelection.create(tr.doc, after + 1))
}

/**
 * The depth of the innermost block, among those `$end` (a position at the end of its parent)
 * is at the end of, after which a paragraph may stand; undefined when there is none.
 */
function innermostContinuableDepth($end: ResolvedPos, paragraph: NodeType): number | undefined {
  for (let depth = $end.depth; depth >= 1; depth--) {
    const parent = $end.node(depth - 1)
    const index = $end.index(depth - 1) + 1
    if (parent.canReplaceWith(index, index, paragraph)) return depth
    if (index < parent.childCount) return undefined
  }
  return undefined
}
