import type { Editor } from '@tiptap/core'
import type { KeyboardEvent, ReactNode } from 'react'
import './chips.css'

interface ChipRowProps {
  editor: Editor
  className?: string
  /** Delete or Backspace on one of its chips: remove what the row stands for (an attendee). */
  onDelete?: () => void
  children: ReactNode
}

/**
 * A block's chips, outside its text. Alt+Enter in the block focuses the first (again: those of
 * the block around it); the arrow keys move between them; Escape goes back to the text. Chips stay out of the Tab order, so that Tab
 * leaves long minutes at once instead of visiting every chip.
 */
export function ChipRow({ editor, className, onDelete, children }: ChipRowProps) {
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const chips = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-chip]'))
    const index = chips.indexOf(document.activeElement as HTMLElement)
    if (index === -1) return
    const focusAt = (next: number) => chips[(next + chips.length) % chips.length]?.focus()
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(chips.length - 1)
    else if (event.key === 'Escape') editor.view.focus()
    else if (event.key === 'Enter' && event.altKey) focusOuterChips(event.currentTarget)
    else if ((event.key === 'Delete' || event.key === 'Backspace') && onDelete) onDelete()
    else return
    event.preventDefault()
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys between the chips it holds.
    <div
      className={['chip-row', className].filter(Boolean).join(' ')}
      contentEditable={false}
      data-block-chips=""
      onKeyDown={handleKeyDown}
    >
      {children}
    </div>
  )
}

/** Alt+Enter again: the chips of the block around this one (the question's Q&A, say). */
function focusOuterChips(row: HTMLElement): void {
  let view = row.closest('.react-renderer')?.parentElement?.closest('.react-renderer')
  while (view) {
    const own = Array.from(view.querySelectorAll<HTMLElement>('[data-chip]')).find(
      (chip) => chip.closest('.react-renderer') === view,
    )
    if (own) {
      own.focus()
      return
    }
    view = view.parentElement?.closest('.react-renderer')
  }
}
