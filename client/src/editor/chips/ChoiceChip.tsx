import { type KeyboardEvent, memo, useRef } from 'react'
import { Popover } from './Popover'
import { PopoverChip } from './PopoverChip'
import { usePopover } from './usePopover'

interface ChoiceChipProps<Value extends string> {
  /** What is chosen: "Status", "Role". */
  label: string
  value: Value
  choices: readonly Value[]
  labels: Readonly<Record<Value, string>>
  onChange: (value: Value) => void
  /** What the chip shows, where the value is already on the page (a list's heading). */
  text?: string
  className?: string
}

/** One of a few values (a status, a role) as a quiet chip; a menu of the others on click or Enter. */
function ChoiceChipView<Value extends string>({
  label,
  value,
  choices,
  labels,
  onChange,
  text,
  className,
}: ChoiceChipProps<Value>) {
  const popover = usePopover()
  const menuRef = useRef<HTMLDivElement>(null)

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [],
    )
    const index = items.indexOf(document.activeElement as HTMLElement)
    const focusAt = (next: number) => items[(next + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') focusAt(index + 1)
    else if (event.key === 'ArrowUp') focusAt(index - 1)
    else if (event.key === 'Home') focusAt(0)
    else if (event.key === 'End') focusAt(items.length - 1)
    else if (event.key === 'Tab') popover.close()
    else return
    event.preventDefault()
  }

  return (
    <PopoverChip
      popover={popover}
      className={['chip chip--choice', className].filter(Boolean).join(' ')}
      data-value={value}
      aria-label={`${label}: ${labels[value]}`}
      aria-haspopup="menu"
      popup={() => (
        <Popover
          anchor={popover.anchorRef.current}
          label={label}
          role="menu"
          onClose={popover.close}
        >
          <div
            ref={menuRef}
            role="menu"
            aria-label={label}
            className="choice-menu"
            onKeyDown={handleMenuKeyDown}
          >
            {choices.map((choice) => (
              <button
                key={choice}
                type="button"
                role="menuitemradio"
                aria-checked={choice === value}
                className="choice-menu__item"
                data-value={choice}
                data-autofocus={choice === value ? true : undefined}
                onClick={() => {
                  if (choice !== value) onChange(choice)
                  popover.close()
                }}
              >
                {labels[choice]}
              </button>
            ))}
          </div>
        </Popover>
      )}
    >
      {text ?? labels[value]}
    </PopoverChip>
  )
}

export const ChoiceChip = memo(ChoiceChipView) as typeof ChoiceChipView
