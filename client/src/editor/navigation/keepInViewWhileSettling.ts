/** What a jump across the minutes landed on. */
export interface JumpTarget {
  isInView(): boolean
  bringIntoView(): void
  /** False once the target no longer matters (the selection moved on, the editor was closed). */
  isStillWanted(): boolean
}

/** How long after a jump the blocks around its target may still change size. */
export const settleMs = 2_000

const readerInput = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const

/**
 * A jump across long minutes lands among blocks not yet drawn: their size was estimated
 * (`content-visibility`), and their headers are drawn once they come near the screen, a frame or
 * more after the scroll. Blocks that grow between the top of the screen and the target push it
 * down, past the bottom of the screen (scroll anchoring holds only what lies above its anchor),
 * and a smooth scroll ends short of a block that moved while it ran. For a moment after a jump,
 * whenever `content` changes size or a scroll ends, the target is brought back into view if it
 * left it, until the reader scrolls, types or clicks. Returns what stops the watch early.
 */
export function keepInViewWhileSettling(target: JumpTarget, content: Element): () => void {
  let isScrolling = false
  const check = () => {
    if (!target.isStillWanted()) return stop()
    if (!isScrolling && !target.isInView()) target.bringIntoView()
  }
  const onScroll = () => {
    isScrolling = true
  }
  const onScrollEnd = () => {
    isScrolling = false
    check()
  }
  const resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check)
  const stop = () => {
    clearTimeout(deadline)
    resizes?.disconnect()
    document.removeEventListener('scroll', onScroll, true)
    // scrollend does not bubble: heard in the capture phase, whichever element scrolls.
    document.removeEventListener('scrollend', onScrollEnd, true)
    for (const type of readerInput) window.removeEventListener(type, stop, true)
  }
  resizes?.observe(content)
  document.addEventListener('scroll', onScroll, true)
  document.addEventListener('scrollend', onScrollEnd, true)
  for (const type of readerInput) window.addEventListener(type, stop, true)
  const deadline = setTimeout(() => {
    isScrolling = false
    check()
    stop()
  }, settleMs)
  return stop
}

/** Whether a box on the page shows at least in part in the window. */
export function isInWindow({ top, bottom }: { top: number; bottom: number }): boolean {
  return bottom > 0 && top < window.innerHeight
}
