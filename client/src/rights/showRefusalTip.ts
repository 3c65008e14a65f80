import type { EditorView } from '@tiptap/pm/view'

/** Long enough to read a sentence, short enough not to sit over the text. */
export const refusalTipMilliseconds = 3000

const tips = new WeakMap<
  EditorView,
  { element: HTMLElement; timer?: ReturnType<typeof setTimeout> }
>()

/**
 * Says at the caret, for a moment, why a keystroke was not taken: a refusal a person cannot see
 * reads as a broken editor. A status region, so that screen readers announce it too.
 */
export function showRefusalTip(view: EditorView, reason: string, position: number): void {
  const host = view.dom.parentElement
  if (!host) return
  let tip = tips.get(view)
  if (!tip?.element.isConnected) {
    const element = view.dom.ownerDocument.createElement('div')
    element.className = 'refusal-tip'
    element.setAttribute('role', 'status')
    element.setAttribute('aria-live', 'polite')
    host.append(element)
    tip = { element }
    tips.set(view, tip)
  }
  const { element } = tip
  const { left, bottom } = caretCoordinates(view, position)
  element.style.left = `${Math.round(left)}px`
  element.style.top = `${Math.round(bottom + 6)}px`
  element.textContent = reason
  element.hidden = false
  clearTimeout(tip.timer)
  tip.timer = setTimeout(() => {
    element.hidden = true
    element.textContent = ''
  }, refusalTipMilliseconds)
}

function caretCoordinates(view: EditorView, position: number): { left: number; bottom: number } {
  try {
    return view.coordsAtPos(position)
  } catch {
    // No layout to measure (the position is in a block's header): under the editor's top.
    const box = view.dom.getBoundingClientRect()
    return { left: box.left, bottom: box.top }
  }
}
