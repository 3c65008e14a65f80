import type { Person } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import {
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'
import { flushSync } from 'react-dom'
import { useMediaQuery } from '../shared/useMediaQuery'
import { describeShortcut, isShortcut } from './isShortcut'
import { nestOutlineEntries, type OutlineBranch } from './nestOutlineEntries'
import type { OutlineKind } from './outlineEntries'
import { revealBlock } from './revealBlock'
import { useOutline } from './useOutline'
import './outline.css'

/** Below this width (the editor layout's single column) the outline starts collapsed. */
const narrowQuery = '(max-width: 71.99rem)'
const shortcutKey = 'O'

interface OutlineNavProps {
  editor: Editor
  people: readonly Person[]
}

/**
 * The outline of the minutes: header, details, attendance, each speaker, each question, the
 * chair's summary. Each entry takes the reader there; the entry being read is marked.
 */
export function OutlineNav({ editor, people }: OutlineNavProps) {
  const { entries, currentIndex } = useOutline(editor, people)
  const isNarrow = useMediaQuery(narrowQuery)
  const [isExpanded, setIsExpanded] = useState(!isNarrow)
  const listRef = useRef<HTMLOListElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const entriesRef = useRef(entries)
  entriesRef.current = entries
  const listId = useId()
  const shortcut = describeShortcut(shortcutKey)

  // Each width gets its own default: open beside the page, folded away above it.
  useEffect(() => setIsExpanded(!isNarrow), [isNarrow])

  useEffect(() => {
    const handleKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isShortcut(event, shortcutKey)) return
      event.preventDefault()
      flushSync(() => setIsExpanded(true))
      const current = listRef.current?.querySelector<HTMLButtonElement>('[aria-current]')
      const first = listRef.current?.querySelector<HTMLButtonElement>('button')
      ;(current ?? first ?? toggleRef.current)?.focus()
    }
    document.addEventListener('keydown', handleKeyDown, true)
    return () => document.removeEventListener('keydown', handleKeyDown, true)
  }, [])

  const handleActivate = useCallback(
    (index: number) => {
      const entry = entriesRef.current[index]
      if (!entry) return
      // Folded first, so that the scroll to the block is measured without the list above it.
      if (isNarrow) flushSync(() => setIsExpanded(false))
      revealBlock(editor, entry.position)
    },
    [editor, isNarrow],
  )

  const handleListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      editor.view.focus()
      return
    }
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
    const index = items.indexOf(document.activeElement as HTMLButtonElement)
    const next = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
    }[event.key]
    if (next === undefined || index === -1) return
    event.preventDefault()
    items[Math.max(0, Math.min(next, items.length - 1))]?.focus()
  }

  // What an agenda item groups is a list inside its entry; the arrow keys still go entry by entry.
  const renderBranches = (branches: OutlineBranch[]) =>
    branches.map(({ index, children }) => {
      const entry = entries[index]
      if (!entry) return null
      return (
        <OutlineItem
          // By index: a remote edit above must not remount (and unfocus) the entry in hand.
          key={index}
          index={index}
          kind={entry.kind}
          label={entry.label}
          isCurrent={index === currentIndex}
          // One tab stop for the whole outline, on the current entry; arrows move within.
          isTabStop={index === Math.max(currentIndex, 0)}
          onActivate={handleActivate}
        >
          {children.length > 0 && <ol className="outline__group">{renderBranches(children)}</ol>}
        </OutlineItem>
      )
    })

  return (
    <nav aria-label="Outline" className="outline" data-expanded={isExpanded}>
      <button
        ref={toggleRef}
        type="button"
        className="outline__toggle"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-keyshortcuts={shortcut.aria}
        title={`Outline (${shortcut.label})`}
        onClick={() => setIsExpanded((expanded) => !expanded)}
      >
        <span className="outline__chevron" aria-hidden="true" />
        Outline
      </button>
      <div id={listId} className="outline__body" hidden={!isExpanded}>
        {entries.length === 0 ? (
          <p className="outline__empty">
            The header, attendance lists, speakers, questions and the chair&rsquo;s summary appear
            here as you add them.
          </p>
        ) : (
          <ol ref={listRef} className="outline__list" onKeyDown={handleListKeyDown}>
            {renderBranches(nestOutlineEntries(entries))}
          </ol>
        )}
        <p className="outline__hint">
          <kbd>{shortcut.label}</kbd> outline · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Esc</kbd> back
          to the text
        </p>
      </div>
    </nav>
  )
}

interface OutlineItemProps {
  index: number
  /** The entries nested under this one. */
  children?: ReactNode
  kind: OutlineKind
  label: string
  isCurrent: boolean
  isTabStop: boolean
  onActivate: (index: number) => void
}

const OutlineItem = memo(function OutlineItem({
  index,
  kind,
  label,
  isCurrent,
  isTabStop,
  onActivate,
  children,
}: OutlineItemProps) {
  return (
    <li className="outline__item" data-kind={kind}>
      <button
        type="button"
        className="outline__link"
        aria-current={isCurrent ? 'location' : undefined}
        tabIndex={isTabStop ? 0 : -1}
        aria-label={kind === 'question' ? `Question: ${label}` : undefined}
        onClick={() => onActivate(index)}
      >
        {kind === 'question' && (
          <span className="outline__marker" aria-hidden="true">
            Q
          </span>
        )}
        <span className="outline__label">{label}</span>
      </button>
      {children}
    </li>
  )
})
