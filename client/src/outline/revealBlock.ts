import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeSelection, Selection } from '@tiptap/pm/state'
import { blockHighlightKey, createBlockHighlightPlugin } from './BlockHighlight'

/**
 * Takes the reader to the block at `position`: the selection at its start (the block itself when
 * it holds no text), the editor focused, the block scrolled into view and briefly highlighted.
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
    landOn(element)
  }
}

/**
 * A smooth scroll aims at where the block was when it began; blocks it passes may then grow (their
 * headers drawn as they come near the screen, their size no longer estimated), and the scroll ends
 * short of the block. Once it ends, the block is brought into view again if it is not, unless the
 * reader has scrolled or typed meanwhile.
 */
function landOn(element: HTMLElement): void {
  const settle = () => {
    stop()
    const { top, bottom } = element.getBoundingClientRect()
    if (element.isConnected && (bottom < 0 || top > window.innerHeight)) {
      element.scrollIntoView({ block: 'start' })
    }
  }
  const stop = () => {
    clearTimeout(fallback)
    document.removeEventListener('scrollend', settle, true)
    for (const type of readerInput) window.removeEventListener(type, stop, true)
  }
  // scrollend does not bubble: heard in the capture phase, whichever element scrolls.
  document.addEventListener('scrollend', settle, true)
  for (const type of readerInput) window.addEventListener(type, stop, true)
  const fallback = setTimeout(settle, 2_000)
}

const readerInput = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const

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
