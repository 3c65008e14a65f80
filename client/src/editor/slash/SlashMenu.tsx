import type { Editor } from '@tiptap/core'
import { type Ref, useEffect, useId, useImperativeHandle, useState } from 'react'
import type { BlockDefinition } from '../blocks/blockDefinitions'
import '../blocks/blockMenu.css'

export interface SlashMenuHandle {
  /** The keys the menu answers while the caret stays in the text; true when it used the key. */
  handleKeyDown: (event: KeyboardEvent) => boolean
}

export interface SlashMenuProps {
  editor: Editor
  items: BlockDefinition[]
  query: string
  onChoose: (block: BlockDefinition) => void
  ref?: Ref<SlashMenuHandle>
}

/**
 * The blocks matching "/…", as a listbox the text keeps focus over: the editor points at the
 * active option (aria-activedescendant), the arrow keys move, Enter inserts, Escape closes.
 */
export function SlashMenu({ editor, items, query, onChoose, ref }: SlashMenuProps) {
  const listId = useId()
  const [activeIndex, setActiveIndex] = useState(0)
  const active = items.length === 0 ? -1 : Math.min(activeIndex, items.length - 1)
  const optionId = (index: number) => `${listId}-${index}`

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query starts at the top.
  useEffect(() => setActiveIndex(0), [query])

  useEffect(() => {
    const dom = editor.view.dom
    dom.setAttribute('aria-controls', listId)
    if (active >= 0) dom.setAttribute('aria-activedescendant', optionId(active))
    else dom.removeAttribute('aria-activedescendant')
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
    return () => {
      dom.removeAttribute('aria-controls')
      dom.removeAttribute('aria-activedescendant')
    }
  })

  useImperativeHandle(ref, () => ({
    handleKeyDown: (event: KeyboardEvent) => {
      if (items.length === 0) return false
      if (event.key === 'ArrowDown') {
        setActiveIndex((active + 1) % items.length)
        return true
      }
      if (event.key === 'ArrowUp') {
        setActiveIndex((active - 1 + items.length) % items.length)
        return true
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = items[active]
        if (item) onChoose(item)
        return true
      }
      return false
    },
  }))

  // Never empty while shown: the command closes once no block matches.
  return (
    <div className="slash-menu">
      <div id={listId} role="listbox" aria-label="Insert block" className="slash-menu__list">
        {items.map((item, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the text keeps the keyboard (see above).
          <div
            key={item.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="slash-menu__option"
            onPointerDown={(event) => event.preventDefault()}
            onPointerMove={() => setActiveIndex(index)}
            onClick={() => onChoose(item)}
          >
            <span className="block-icon" aria-hidden="true">
              {item.icon}
            </span>
            {item.label}
          </div>
        ))}
      </div>
    </div>
  )
}
