import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { createPortal } from 'react-dom'
import './chips.css'

interface PopoverProps {
  /** The chip it belongs to: it opens below it and closes when it goes. */
  anchor: HTMLElement | null
  /** Accessible name of the popover. */
  label: string
  role?: 'dialog' | 'menu'
  className?: string
  onClose: () => void
  children: ReactNode
}

/**
 * A small panel below a chip, outside the editor's DOM (so ProseMirror never reads its inputs
 * as part of the minutes). Escape or a click elsewhere closes it; it takes focus when it opens.
 */
export function Popover({
  anchor,
  label,
  role = 'dialog',
  className,
  onClose,
  children,
}: PopoverProps) {
  const panelRef = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  const place = useCallback(() => {
    const panel = panelRef.current
    if (!anchor || !panel) return
    if (!anchor.isConnected) {
      onCloseRef.current()
      return
    }
    const rect = anchor.getBoundingClientRect()
    const width = panel.offsetWidth
    const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8))
    setPosition({ top: rect.bottom + window.scrollY + 4, left: left + window.scrollX })
  }, [anchor])

  useLayoutEffect(() => {
    place()
  }, [place])

  // Once placed (a hidden element cannot take focus), and only once.
  const isPlaced = position !== null
  const hasFocused = useRef(false)
  useLayoutEffect(() => {
    if (!isPlaced || hasFocused.current) return
    hasFocused.current = true
    const panel = panelRef.current
    const first =
      panel?.querySelector<HTMLElement>('[data-autofocus]') ??
      panel?.querySelector<HTMLElement>('input, select, textarea, button, [tabindex="0"]')
    first?.focus({ preventScroll: true })
  }, [isPlaced])

  useEffect(() => {
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (panelRef.current?.contains(target) || anchor?.contains(target)) return
      onCloseRef.current()
    }
    document.addEventListener('pointerdown', handlePointerDown, true)
    window.addEventListener('resize', place)
    window.addEventListener('scroll', place, true)
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown, true)
      window.removeEventListener('resize', place)
      window.removeEventListener('scroll', place, true)
    }
  }, [anchor, place])

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Portalled events still bubble through React to the node view; the popover ends them here.
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      onCloseRef.current()
    }
  }

  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys of everything inside end here.
    <div
      ref={panelRef}
      {...(role === 'dialog' && { role: 'dialog', 'aria-label': label })}
      className={['popover', className].filter(Boolean).join(' ')}
      style={
        position
          ? { top: position.top, left: position.left }
          : { top: 0, left: 0, visibility: 'hidden' }
      }
      onKeyDown={handleKeyDown}
    >
      {children}
    </div>,
    document.body,
  )
}
