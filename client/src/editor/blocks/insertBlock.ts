import type { Editor, Range } from '@tiptap/core'
import type { NodeType } from '@tiptap/pm/model'
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state'
import { requestPrompt } from './BlockPrompt'
import type { BlockDefinition } from './blockDefinitions'

/** Text structure that may hold anything, but where the minutes' own blocks do not belong. */
const textOnlyContainers = new Set(['listItem', 'blockquote'])
const textBlocks = new Set(['paragraph', 'heading', 'bulletList', 'orderedList'])

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

/**
 * Puts the selection in an empty paragraph where a node of `type` may replace it, and returns
 * the paragraph's position; undefined where no container around the selection takes the type.
 */
export function makeRoomFor(tr: Transaction, type: NodeType): number | undefined {
  const paragraph = type.schema.nodes.paragraph
  if (!paragraph) return undefined
  const { selection } = tr
  const { $from } = selection
  const selectedNode = selection instanceof NodeSelection ? selection.node : null
  const blockDepth = selectedNode ? $from.depth + 1 : $from.depth
  const current = selectedNode ?? $from.parent
  const isEmptyParagraph = current.type === paragraph && current.content.size === 0
  const accepts = (depth: number, index: number) => {
    const container = $from.node(depth)
    if (!textBlocks.has(type.name) && textOnlyContainers.has(container.type.name)) return false
    return (
      container.canReplaceWith(index, index, type) &&
      container.canReplaceWith(index, index, paragraph)
    )
  }

  if (isEmptyParagraph && !selectedNode) {
    const index = $from.index(blockDepth - 1)
    if (
      $from.node(blockDepth - 1).canReplaceWith(index, index + 1, type) &&
      accepts(blockDepth - 1, index)
    ) {
      return $from.before(blockDepth)
    }
  }
  for (let depth = blockDepth - 1; depth >= 0; depth--) {
    const index = $from.index(depth) + 1
    if (!accepts(depth, index)) continue
    const after = selectedNode && depth === $from.depth ? selection.to : $from.after(depth + 1)
    if (isEmptyParagraph && !selectedNode) removeEmptyParagraph(tr, blockDepth)
    const position = tr.mapping.map(after)
    tr.insert(position, paragraph.create())
    tr.setSelection(TextSelection.create(tr.doc, position + 1))
    return position
  }
  return undefined
}

/** Drops the empty paragraph the "/command" was typed in, where its container allows. */
function removeEmptyParagraph(tr: Transaction, depth: number): void {
  const { $from } = tr.selection
  const container = $from.node(depth - 1)
  const index = $from.index(depth - 1)
  if (container.canReplace(index, index + 1)) tr.delete($from.before(depth), $from.after(depth))
}
