import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'

type OpenAt = 'first' | 'last'

interface MenuButtonOptions {
  /** While true, a click on the button does not open the menu (a click still closes it). */
  isDisabled?: boolean
  /** Letter keys move to the next item whose `data-label` starts with the letter. */
  hasTypeAhead?: boolean
  /** Just opened, before the first (or last) item takes focus: placing the menu, say. */
  onOpen?: (menu: HTMLElement | null) => void
}

/**
 * A menu button (ARIA pattern): the button opens a menu and focus goes to its first item (or last);
 * the arrow keys, Home and End move between the items; Escape closes it and focus returns to the
 * button; Tab or a click elsewhere closes it. Items are the menu's `[role="menuitem"]`s.
 */
export function useMenuButton<Menu extends HTMLElement = HTMLDivElement>({
  isDisabled = false,
  hasTypeAhead = false,
  onOpen,
}: MenuButtonOptions = {}) {
  const [openAt, setOpenAt] = useState<OpenAt | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<Menu>(null)
  const id = useId()
  const onOpenRef = useRef(onOpen)
  onOpenRef.current = onOpen

  useEffect(() => {
    if (!openAt) return
    onOpenRef.current?.(menuRef.current)
    menuItems(menuRef.current)
      .at(openAt === 'first' ? 0 : -1)
      ?.focus()
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpenAt(null)
      }
    }
    document.addEventListener('pointerdown', handlePointerDown)
    return () => document.removeEventListener('pointerdown', handlePointerDown)
  }, [openAt])

  const focusButton = () => buttonRef.current?.focus()

  /** Closes without moving focus: an item was chosen, and what it does takes focus. */
  const dismiss = () => setOpenAt(null)

  /** Closes, focus back on the button. */
  const close = () => {
    setOpenAt(null)
    focusButton()
  }

  const open = (at: OpenAt = 'first') => setOpenAt(at)

  const toggle = () => setOpenAt((current) => (current || isDisabled ? null : 'first'))

  /** The menu's keys. Returns whether it handled the key (and prevented its default). */
  const handleMenuKeyDown = (event: KeyboardEvent<HTMLElement>): boolean => {
    const items = menuItems(menuRef.current)
    const index = items.indexOf(document.activeElement as HTMLElement)
    const nextIndex = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    }[event.key]
    if (nextIndex !== undefined) {
      items[nextIndex]?.focus()
    } else if (event.key === 'Escape') {
      close()
    } else if (event.key === 'Tab') {
      // Focus moves on with the Tab key itself.
      dismiss()
      return false
    } else if (hasTypeAhead && event.key.length === 1 && /\S/.test(event.key)) {
      typeAheadTarget(items, index, event.key)?.focus()
    } else {
      return false
    }
    event.preventDefault()
    return true
  }

  return {
    isOpen: openAt !== null,
    id,
    buttonRef,
    menuRef,
    open,
    close,
    dismiss,
    toggle,
    focusButton,
    handleMenuKeyDown,
  }
}

/** The next item after `index` (round the end) whose `data-label` starts with `key`. */
export function typeAheadTarget(
  items: readonly HTMLElement[],
  index: number,
  key: string,
): HTMLElement | undefined {
  const letter = key.toLowerCase()
  return [...items.slice(index + 1), ...items.slice(0, index + 1)].find((item) =>
    item.dataset.label?.toLowerCase().startsWith(letter),
  )
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
}
