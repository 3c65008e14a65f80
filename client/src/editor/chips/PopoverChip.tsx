import type { ButtonHTMLAttributes, ReactNode } from 'react'
import { useEditable } from '../EditableContext'
import type { PopoverState } from './usePopover'
import './chips.css'

interface PopoverChipProps
  extends Omit<
    ButtonHTMLAttributes<HTMLButtonElement>,
    'type' | 'onClick' | 'children' | 'popover'
  > {
  popover: PopoverState<HTMLButtonElement>
  /** What a click does while closed; by default it opens, focus returning where it was. */
  onOpen?: () => void
  /** The popover (a `Popover`, a `PersonPicker`), rendered only while open. */
  popup: () => ReactNode
  children: ReactNode
}

/**
 * A chip that opens a popover anchored to it: out of the Tab order (the chip row moves between
 * chips), disabled where the minutes are read-only, a click or Enter opening and closing it.
 */
export function PopoverChip({
  popover,
  onOpen,
  popup,
  children,
  ...buttonProps
}: PopoverChipProps) {
  const isEditable = useEditable()
  return (
    <>
      <button
        ref={popover.anchorRef}
        type="button"
        tabIndex={-1}
        disabled={!isEditable}
        data-chip=""
        aria-haspopup="dialog"
        aria-expanded={popover.isOpen}
        {...buttonProps}
        onClick={popover.isOpen ? popover.close : (onOpen ?? (() => popover.open()))}
      >
        {children}
      </button>
      {popover.isOpen && popup()}
    </>
  )
}
