import type { Editor, Range } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { requestPrompt } from './BlockPrompt'
import type { BlockDefinition } from './blockDefinitions'
import { makeRoomFor } from './makeRoomFor'

/**
 * Inserts `block` at the selection (after deleting `range`, the typed "/command"): in place of
 * an empty paragraph where it may go, else after the innermost block around the selection
 * whose container accepts it. Then its view may ask its first question (who speaks).
 */
export function insertBlock(editor: Editor, block: BlockDefinition, range?: Range): boolean {
  const type = editor.schema.nodes[block.nodeType]
  if (!type) return false
  let start: number | undefined
  let chain = editor.chain().focus()
  if (range) chain = chain.deleteRange(range)
  chain = chain.command(({ tr }) => {
    start = makeRoomFor(tr, type)
    return start !== undefined
  })
  if (!block.insert(chain).run() || start === undefined) return false
  // The new block replaced the empty paragraph at `start`.
  const node = editor.state.doc.nodeAt(start)
  if (node?.type !== type) return true
  const { from, to } = editor.state.selection
  if (from < start || to > start + node.nodeSize) {
    // Nothing to type in (details, an empty list): select the block, so what comes next follows it.
    editor.view.dispatch(
      editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, start)),
    )
  }
  if (block.prompt) requestPrompt(editor.storage.blockPrompt, start)
  return true
}
