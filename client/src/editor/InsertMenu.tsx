import type { Editor } from '@tiptap/react'
import type { KeyboardEvent } from 'react'
import { useMenuButton } from '../shared/useMenuButton'
import { blockDefinitions } from './blocks/blockDefinitions'
import { insertBlock } from './blocks/insertBlock'
import { canInsertBlock } from './wouldAccept'
import './blocks/blockMenu.css'

/**
 * "Insert": the blocks of the minutes that may go at the selection, as a menu (the same list
 * as the "/" command). Shown only where the toolbar finds that something may be written.
 */
export function InsertMenu({ editor }: { editor: Editor }) {
  const menu = useMenuButton({ hasTypeAhead: true })
  // Asked when the menu opens: the selection cannot move while it is open.
  const blocks = menu.isOpen
    ? blockDefinitions.filter((block) => canInsertBlock(editor.state, block.nodeType))
    : []

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The toolbar and the editor around it do not see the menu's keys.
    if (menu.handleMenuKeyDown(event)) event.stopPropagation()
  }

  return (
    <div className="insert-menu">
      <button
        ref={menu.buttonRef}
        type="button"
        className="toolbar__button toolbar__button--text"
        aria-haspopup="menu"
        aria-expanded={menu.isOpen}
        aria-controls={menu.isOpen ? menu.id : undefined}
        title="Insert a block (or type / in the text)"
        onClick={menu.toggle}
      >
        Insert
      </button>
      {menu.isOpen && (
        <div
          ref={menu.menuRef}
          id={menu.id}
          className="insert-menu__menu"
          role="menu"
          aria-label="Insert block"
          tabIndex={-1}
          onKeyDown={handleMenuKeyDown}
        >
          {blocks.map((block) => (
            <button
              key={block.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="insert-menu__item"
              data-label={block.label}
              onClick={() => {
                menu.dismiss()
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
