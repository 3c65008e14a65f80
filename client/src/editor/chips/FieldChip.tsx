import { type FormEvent, memo, useId, useState } from 'react'
import { Popover } from './Popover'
import { PopoverChip } from './PopoverChip'
import { usePopover } from './usePopover'

interface FieldChipProps {
  /** The field's name: "Addressee", "Due date". */
  label: string
  value: string | null
  /** Shown while empty: "Add addressee". */
  placeholder: string
  inputType?: 'text' | 'date'
  /** How the value reads in the chip: a date in words. */
  format?: (value: string) => string
  onChange: (value: string | null) => void
}

/** A short text or a date as a quiet chip, edited in a small form on click or Enter. */
export const FieldChip = memo(function FieldChip({
  label,
  value,
  placeholder,
  inputType = 'text',
  format = (text) => text,
  onChange,
}: FieldChipProps) {
  const popover = usePopover()
  const shown = value ? format(value) : null
  return (
    <PopoverChip
      popover={popover}
      className="chip chip--field"
      data-empty={shown ? undefined : 'true'}
      aria-label={shown ? `${label}: ${shown}` : placeholder}
      popup={() => (
        <Popover anchor={popover.anchorRef.current} label={label} onClose={popover.close}>
          <FieldForm
            label={label}
            value={value ?? ''}
            inputType={inputType}
            onSave={(next) => {
              const trimmed = next.trim()
              if (trimmed !== (value ?? '')) onChange(trimmed || null)
              popover.close()
            }}
            onCancel={popover.close}
          />
        </Popover>
      )}
    >
      {shown ? (
        <>
          <span className="chip__label">{label}:</span> {shown}
        </>
      ) : (
        placeholder
      )}
    </PopoverChip>
  )
})

interface FieldFormProps {
  label: string
  value: string
  inputType: 'text' | 'date'
  onSave: (value: string) => void
  onCancel: () => void
}

function FieldForm({ label, value, inputType, onSave, onCancel }: FieldFormProps) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSave(draft)
  }
  return (
    <form className="field-form" onSubmit={handleSubmit}>
      <div className="form-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={inputType}
          value={draft}
          data-autofocus
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
      <div className="popover__actions">
        <button type="submit" className="button button--primary button--small">
          Save
        </button>
        {value && (
          <button type="button" className="button button--small" onClick={() => onSave('')}>
            Remove
          </button>
        )}
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
