import type { Editor } from '@tiptap/core'
import { type RefObject, useLayoutEffect, useRef } from 'react'
import { placeCards } from './placeCards'

/** One card of a margin, in document order: its element carries `data-card={key}`. */
export interface MarginCard {
  key: string
  /** Where its text starts; null for a card with no text (a detached thread). */
  position: number | null
}

/** Room between two cards pushed together, in CSS pixels. */
const gapPx = 12

/**
 * While `isAligned`, sets each card in `track` level with its text (`placeCards`), in the page's
 * coordinates: the track scrolls with the page, so only a change of layout moves a card. Tops are
 * written to the cards' style directly, so placing them never renders React again; DOM order
 * stays the document's. Placed again before paint on every render, and in the next frame after
 * a change of the text, a resize of the text or of a card (a reply being written, a late-drawn
 * block of long minutes changing its estimated height) or the fonts arriving.
 */
export function useAlignedCards(
  editor: Editor,
  trackRef: RefObject<HTMLElement | null>,
  cards: readonly MarginCard[],
  activeKey: string | null,
  isAligned: boolean,
): void {
  const latest = useRef({ cards, activeKey })
  latest.current = { cards, activeKey }
  const placeNow = useRef(() => {})

  useLayoutEffect(() => {
    const track = trackRef.current
    if (!isAligned || !track) return
    let frame = 0
    let isGone = false
    const elementOf = (key: string) =>
      track.querySelector<HTMLElement>(`[data-card="${CSS.escape(key)}"]`)
    const place = () => {
      if (isGone || editor.isDestroyed) return
      const { cards, activeKey } = latest.current
      const origin = track.getBoundingClientRect().top
      const elements = cards.map(({ key }) => elementOf(key))
      const heights = elements.map((element) => element?.getBoundingClientRect().height ?? 0)
      const desired = cards.map(({ position }) => {
        const top = position === null ? null : topOfText(editor, position)
        return top === null ? 0 : top - origin
      })
      const activeIndex = cards.findIndex(({ key }) => key === activeKey)
      const tops = placeCards(desired, heights, activeIndex === -1 ? null : activeIndex, gapPx)
      elements.forEach((element, index) => {
        if (element) element.style.top = `${tops[index] ?? 0}px`
      })
      const bottom = Math.max(0, ...tops.map((top, index) => top + (heights[index] ?? 0)))
      track.style.height = `${bottom}px`
    }
    const schedule = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0
          place()
        })
      }
    }
    const resize = new ResizeObserver(schedule)
    placeNow.current = () => {
      resize.disconnect()
      resize.observe(editor.view.dom)
      for (const card of track.querySelectorAll('[data-card]')) resize.observe(card)
      place()
    }
    // Only a change of the text moves it; a caret moving alone (most transactions) does not.
    editor.on('update', schedule)
    window.addEventListener('resize', schedule)
    void document.fonts.ready.then(schedule)
    return () => {
      isGone = true
      cancelAnimationFrame(frame)
      resize.disconnect()
      editor.off('update', schedule)
      window.removeEventListener('resize', schedule)
      placeNow.current = () => {}
      track.style.height = ''
      for (const card of track.querySelectorAll<HTMLElement>('[data-card]')) card.style.top = ''
    }
  }, [editor, trackRef, isAligned])

  // Cards came, went, changed or took turns being active: place them before they are painted.
  useLayoutEffect(() => placeNow.current())
}

/** The top of the text at `position` in the viewport, or null when it has no place there yet. */
function topOfText(editor: Editor, position: number): number | null {
  const size = editor.state.doc.content.size
  try {
    return editor.view.coordsAtPos(Math.min(position, size)).top
  } catch {
    return null
  }
}
