import type { Editor } from '@tiptap/react'
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { blockDefinitions } from './blocks/blockDefinitions'
import { insertBlock } from './blocks/insertBlock'

/** "Insert": every block of the minutes, as a menu (the same list as the "/" command). */
export function InsertMenu({ editor }: { editor: Editor }) {
  const [isOpen, setIsOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!isOpen) return
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setIsOpen(false)
      }
    }
    document.addEventListener('pointerdown', handlePointerDown)
    return () => document.removeEventListener('pointerdown', handlePointerDown)
  }, [isOpen])

  const close = () => {
    setIsOpen(false)
    buttonRef.current?.focus()
  }

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'))
    const index = items.indexOf(document.activeElement as HTMLElement)
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus()
    if (event.key === 'Escape') close()
    else if (event.key === 'Tab') {
      setIsOpen(false)
      return
    } else if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(items.length - 1)
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      // Type-ahead: the next item starting with the letter.
      const letter = event.key.toLowerCase()
      const next = [...items.slice(index + 1), ...items.slice(0, index + 1)].find((item) =>
        item.dataset.label?.toLowerCase().startsWith(letter),
      )
      next?.focus()
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="insert-menu">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar__button toolbar__button--text"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        title="Insert a block (or type / in the text)"
        onClick={() => setIsOpen((open) => !open)}
      >
        Insert
      </button>
      {isOpen && (
        <div
          ref={menuRef}
          id={menuId}
          className="insert-menu__menu"
          role="menu"
          aria-label="Insert block"
          tabIndex={-1}
          onKeyDown={handleMenuKeyDown}
        >
          {blockDefinitions.map((block) => (
            <button
              key={block.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="insert-menu__item"
              data-label={block.label}
              onClick={() => {
                setIsOpen(false)
                insertBlock(editor, block)
              }}
            >
              <span className="block-icon" aria-hidden="true">
                {block.icon}
              </span>
              {block.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
