import { useCallback, useRef, useState } from 'react'

export interface PopoverState<Anchor extends HTMLElement> {
  isOpen: boolean
  anchorRef: React.RefObject<Anchor | null>
  /**
   * Opens; on closing, focus goes back where it was (the text, or the chip), or to
   * `restoreFocus` when given (a popover opened for a block just inserted returns to the text).
   */
  open: (restoreFocus?: () => void) => void
  close: () => void
}

/** Open state of a chip's popover, and where focus returns when it closes. */
export function usePopover<Anchor extends HTMLElement = HTMLButtonElement>(): PopoverState<Anchor> {
  const [isOpen, setIsOpen] = useState(false)
  const anchorRef = useRef<Anchor | null>(null)
  const restore = useRef<(() => void) | null>(null)

  const open = useCallback((restoreFocus?: () => void) => {
    const active = document.activeElement
    const previous = active instanceof HTMLElement && active !== document.body ? active : null
    restore.current =
      restoreFocus ??
      (() => {
        const target = previous?.isConnected ? previous : anchorRef.current
        target?.focus({ preventScroll: true })
      })
    setIsOpen(true)
  }, [])

  const close = useCallback(() => {
    setIsOpen(false)
    const restoreFocus = restore.current
    restore.current = null
    restoreFocus?.()
  }, [])

  return { isOpen, anchorRef, open, close }
}
