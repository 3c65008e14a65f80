import type { Editor } from '@tiptap/react'
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { usePeopleMap } from '../collaboration/PeopleContext'
import { usePeople } from '../collaboration/usePeople'

/** "Insert speaker section", then choose who speaks from the document's people. */
export function SpeakerPicker({ editor }: { editor: Editor }) {
  const people = usePeople(usePeopleMap())
  const [isOpen, setIsOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!isOpen) return
    const menu = menuRef.current
    ;(menu?.querySelector<HTMLElement>('[role="menuitem"]') ?? menu)?.focus()
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

  const handleChoose = (speakerId: string) => {
    setIsOpen(false)
    editor.chain().focus().insertSpeakerSection(speakerId).run()
  }

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'))
    const index = items.indexOf(document.activeElement as HTMLElement)
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus()
    switch (event.key) {
      case 'Escape':
        close()
        break
      case 'Tab':
        setIsOpen(false)
        return
      case 'ArrowDown':
        focusAt(index + 1)
        break
      case 'ArrowUp':
        focusAt(index - 1)
        break
      case 'Home':
        focusAt(0)
        break
      case 'End':
        focusAt(items.length - 1)
        break
      default:
        return
    }
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="speaker-picker">
      <button
        ref={buttonRef}
        type="button"
        className="toolbar__button toolbar__button--text"
        aria-label="Insert speaker section"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        onClick={() => setIsOpen((open) => !open)}
      >
        Insert speaker section
      </button>
      {isOpen && (
        <div
          ref={menuRef}
          id={menuId}
          className="speaker-picker__menu"
          role="menu"
          aria-label="Choose the speaker"
          tabIndex={-1}
          onKeyDown={handleMenuKeyDown}
        >
          {people.length === 0 ? (
            <p className="speaker-picker__empty">
              No people in these minutes yet. People are added to the document's register by the
              secretariat.
            </p>
          ) : (
            people.map((person) => (
              <button
                key={person.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="speaker-picker__item"
                onClick={() => handleChoose(person.id)}
              >
                <span className="speaker-picker__name">{person.name}</span>
                {person.organisation && (
                  <span className="speaker-picker__organisation">{person.organisation}</span>
                )}
              </button>
            ))
          )}
        </div>
      )}
    </div>
  )
}
