import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeSelection, Selection } from '@tiptap/pm/state'
import { isInWindow, keepInViewWhileSettling } from '../editor/navigation/keepInViewWhileSettling'
import { blockHighlightKey, createBlockHighlightPlugin } from './BlockHighlight'

/**
 * Takes the reader to the block at `position`: the selection at its start (the block itself when
 * it holds no text), the editor focused, the block scrolled into view (and kept there while the
 * blocks around it settle) and briefly highlighted.
 */
export function revealBlock(editor: Editor, position: number): void {
  if (editor.isDestroyed) return
  if (!blockHighlightKey.get(editor.state)) editor.registerPlugin(createBlockHighlightPlugin())
  const { doc } = editor.state
  const node = doc.nodeAt(position)
  if (!node) return
  const transaction = editor.state.tr
    .setSelection(selectionAtStart(doc, position, node))
    .setMeta(blockHighlightKey, { position })
  editor.view.dispatch(transaction)
  editor.view.focus()
  const element = editor.view.nodeDOM(position)
  if (element instanceof HTMLElement) {
    const isReducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    element.scrollIntoView({ block: 'start', behavior: isReducedMotion ? 'auto' : 'smooth' })
    keepInViewWhileSettling(
      {
        isInView: () => isInWindow(element.getBoundingClientRect()),
        bringIntoView: () => element.scrollIntoView({ block: 'start' }),
        isStillWanted: () => element.isConnected && !editor.isDestroyed,
      },
      editor.view.dom,
    )
  }
}

function selectionAtStart(
  doc: ProseMirrorNode,
  position: number,
  node: ProseMirrorNode,
): Selection {
  const inside = Selection.findFrom(doc.resolve(position + 1), 1, true)
  if (inside && inside.to <= position + node.nodeSize) return inside
  if (NodeSelection.isSelectable(node)) return NodeSelection.create(doc, position)
  return Selection.near(doc.resolve(position))
}
