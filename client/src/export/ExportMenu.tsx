import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { ExportProgress } from './ExportProgress'
import { type ExportFormatDefinition, exportFormats } from './exportFormats'
import { useExport } from './useExport'
import './exportMenu.css'

interface ExportMenuProps {
  docId: string
  /** Published minutes also have a public page, at `/p/:id`. */
  isPublished: boolean
}

type OpenAt = 'first' | 'last'

/**
 * "Export" in the top bar: a menu button (ARIA pattern) with one item per format, and the public
 * page once the minutes are published. The export runs in the background of the page.
 */
export function ExportMenu({ docId, isPublished }: ExportMenuProps) {
  const exporting = useExport(docId)
  const [openAt, setOpenAt] = useState<OpenAt | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const id = useId()
  const isOpen = openAt !== null

  useEffect(() => {
    if (!openAt) return
    alignWithinWindow(menuRef.current)
    const items = menuItems(menuRef.current)
    items.at(openAt === 'first' ? 0 : -1)?.focus()
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpenAt(null)
      }
    }
    document.addEventListener('pointerdown', handlePointerDown)
    return () => document.removeEventListener('pointerdown', handlePointerDown)
  }, [openAt])

  const returnFocus = () => buttonRef.current?.focus()

  const close = () => {
    setOpenAt(null)
    returnFocus()
  }

  const handleChoose = (definition: ExportFormatDefinition) => {
    close()
    exporting.start(definition)
  }

  const handleButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = ({ ArrowDown: 'first', ArrowUp: 'last' } as const)[event.key]
    if (at) {
      event.preventDefault()
      setOpenAt(at)
    }
  }

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current)
    const index = items.indexOf(document.activeElement as HTMLElement)
    const nextIndex = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    }[event.key]
    if (nextIndex !== undefined) {
      event.preventDefault()
      items[nextIndex]?.focus()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if (event.key === 'Tab') {
      setOpenAt(null)
    }
  }

  return (
    <div className="export-menu">
      {/* Before the button, so that the button stays put while the outcome comes and goes. */}
      <ExportProgress exporting={exporting} returnFocus={returnFocus} />
      <div className="export-menu__anchor">
        <button
          ref={buttonRef}
          id={`${id}-button`}
          type="button"
          className="button button--small"
          aria-haspopup="menu"
          aria-expanded={isOpen}
          aria-controls={`${id}-menu`}
          onClick={() => setOpenAt(isOpen ? null : 'first')}
          onKeyDown={handleButtonKeyDown}
        >
          Export <span aria-hidden="true">▾</span>
        </button>
        {/* Hidden rather than removed: a link taken out of the page while clicked does not open. */}
        <div
          ref={menuRef}
          id={`${id}-menu`}
          className="export-menu__list"
          role="menu"
          aria-labelledby={`${id}-button`}
          hidden={!isOpen}
          onKeyDown={handleMenuKeyDown}
        >
          {exportFormats.map((definition) => (
            <button
              key={definition.format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              onClick={() => handleChoose(definition)}
            >
              {definition.label}
            </button>
          ))}
          {isPublished && (
            <>
              <hr className="export-menu__separator" />
              <a
                role="menuitem"
                tabIndex={-1}
                className="export-menu__item"
                href={`/p/${encodeURIComponent(docId)}`}
                target="_blank"
                rel="noopener"
                aria-describedby={`${id}-new-tab`}
                onClick={close}
              >
                Open the public page <span aria-hidden="true">↗</span>
              </a>
              <span id={`${id}-new-tab`} hidden>
                Opens in a new tab
              </span>
            </>
          )}
        </div>
      </div>
    </div>
  )
}

/** Under the button's right edge, moved right as far as a narrow or zoomed window needs. */
function alignWithinWindow(menu: HTMLElement | null): void {
  if (!menu) return
  menu.style.right = ''
  const margin = 8
  const { left } = menu.getBoundingClientRect()
  if (left < margin) menu.style.right = `${left - margin}px`
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
}
