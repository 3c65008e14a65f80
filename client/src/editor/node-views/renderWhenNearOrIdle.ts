import type { ReactRenderer } from '@tiptap/react'
import { flushSync } from 'react-dom'

/**
 * Opening long minutes made about a thousand React node views at once: React rendered and
 * committed every header and chip, and bound some eighty event listeners to each portal, for over
 * a second before the minutes could be edited. Their text is ProseMirror's and is there at once;
 * only the React part (numbers, names, chips) waits here, until its block comes within two
 * screens of view, or the page is idle — a few at a time, so that a keystroke never waits long —
 * so that within seconds every block is whole again (for finding in the page, and printing).
 */
const nearTheScreen = '200% 0px'
/** Set on a block whose React part waits: its header, when drawn, moves its text down. */
export const AWAITING_DRAW_ATTRIBUTE = 'data-awaiting-draw'
const rendersPerIdleCallback = 8

/** By element, in the order they were made: document order when minutes open. */
const pending = new Map<Element, ReactRenderer>()
let observer: IntersectionObserver | undefined
let isIdleCallbackRequested = false

/** The `scheduleRender` of a React node view (see the @tiptap/react patch). */
export function renderWhenNearOrIdle(renderer: ReactRenderer): void {
  // A block made where the caret is (inserted from a menu, or turned into another kind) is drawn
  // at once, as @tiptap/react draws every node view: until it is, its text has no place in the
  // page, and what the person types at once is lost.
  if (holdsSelection(renderer)) {
    flushSync(() => renderer.render())
    return
  }
  if (typeof IntersectionObserver === 'undefined' || typeof requestIdleCallback === 'undefined') {
    queueMicrotask(() => renderer.render())
    return
  }
  pending.set(renderer.element, renderer)
  renderer.element.setAttribute(AWAITING_DRAW_ATTRIBUTE, '')
  observer ??= new IntersectionObserver(renderThoseNear, { rootMargin: nearTheScreen })
  observer.observe(renderer.element)
  requestIdleRendering()
}

function renderThoseNear(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue
    const renderer = pending.get(entry.target)
    if (renderer) renderNow(renderer)
  }
}

function requestIdleRendering(): void {
  if (isIdleCallbackRequested) return
  isIdleCallbackRequested = true
  requestIdleCallback(() => {
    isIdleCallbackRequested = false
    let rendered = 0
    for (const renderer of pending.values()) {
      if (rendered === rendersPerIdleCallback) break
      if (!renderer.destroyed) rendered += 1
      renderNow(renderer)
    }
    if (pending.size > 0) requestIdleRendering()
  })
}

function renderNow(renderer: ReactRenderer): void {
  pending.delete(renderer.element)
  observer?.unobserve(renderer.element)
  renderer.element.removeAttribute(AWAITING_DRAW_ATTRIBUTE)
  // A node view destroyed before its turn renders nothing (render() checks `destroyed`).
  renderer.render()
}

interface NodeViewRendererProps {
  node?: { nodeSize: number }
  getPos?: () => number | undefined
}

/** Whether the editor's selection lies in the block this node view draws (as it is being made). */
function holdsSelection(renderer: ReactRenderer): boolean {
  const { node, getPos } = renderer.props as NodeViewRendererProps
  const position = getPos?.()
  if (!node || typeof position !== 'number') return false
  const { from, to } = renderer.editor.state.selection
  return from > position && to < position + node.nodeSize
}
