import type { KeyboardEvent } from 'react'
import { useMenuButton } from '../shared/useMenuButton'
import { ExportProgress } from './ExportProgress'
import { type ExportFormatDefinition, exportFormats } from './exportFormats'
import { useExport } from './useExport'
import './exportMenu.css'

interface ExportMenuProps {
  docId: string
  /** Published minutes also have a public page, at `/p/:id`. */
  isPublished: boolean
}

/**
 * "Export" in the top bar: a menu button (ARIA pattern) with one item per format, and the public
 * page once the minutes are published. The export runs in the background of the page.
 */
export function ExportMenu({ docId, isPublished }: ExportMenuProps) {
  const exporting = useExport(docId)
  const menu = useMenuButton({ onOpen: alignWithinWindow })
  const { id, close } = menu

  const handleChoose = (definition: ExportFormatDefinition) => {
    close()
    exporting.start(definition)
  }

  const handleButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = ({ ArrowDown: 'first', ArrowUp: 'last' } as const)[event.key]
    if (at) {
      event.preventDefault()
      menu.open(at)
    }
  }

  return (
    <div className="export-menu">
      {/* Before the button, so that the button stays put while the outcome comes and goes. */}
      <ExportProgress exporting={exporting} returnFocus={menu.focusButton} />
      <div className="export-menu__anchor">
        <button
          ref={menu.buttonRef}
          id={`${id}-button`}
          type="button"
          className="button button--small"
          aria-haspopup="menu"
          aria-expanded={menu.isOpen}
          aria-controls={`${id}-menu`}
          onClick={menu.toggle}
          onKeyDown={handleButtonKeyDown}
        >
          Export <span aria-hidden="true">▾</span>
        </button>
        {/* Hidden rather than removed: a link taken out of the page while clicked does not open. */}
        <div
          ref={menu.menuRef}
          id={`${id}-menu`}
          className="export-menu__list"
          role="menu"
          aria-labelledby={`${id}-button`}
          hidden={!menu.isOpen}
          onKeyDown={menu.handleMenuKeyDown}
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
