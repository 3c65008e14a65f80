import type { AgendaItemAttributes } from '@minutes/schema'
import { type FormEvent, useId, useState } from 'react'
import { findAgendaItemProblems } from './findAgendaItemProblems'

interface AgendaItemFormProps {
  attributes: AgendaItemAttributes
  onSave: (attributes: AgendaItemAttributes) => void
  onRenumber: () => void
  onCancel: () => void
}

/**
 * An item's number and reference, checked as the server checks them before anything is saved,
 * with what to change in plain words; and "Renumber all agenda items".
 */
export function AgendaItemForm({ attributes, onSave, onRenumber, onCancel }: AgendaItemFormProps) {
  const id = useId()
  const [number, setNumber] = useState(attributes.number ?? '')
  const [reference, setReference] = useState(attributes.reference ?? '')
  const [referenceLabel, setReferenceLabel] = useState(attributes.referenceLabel ?? '')
  const [problems, setProblems] = useState<Partial<Record<keyof AgendaItemAttributes, string>>>({})

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const next: AgendaItemAttributes = {
      number: number.trim() || null,
      reference: reference.trim() || null,
      referenceLabel: reference.trim() ? referenceLabel.trim() || null : null,
    }
    const found = findAgendaItemProblems(next)
    setProblems(found)
    if (Object.keys(found).length === 0) onSave(next)
  }

  const field = (
    key: keyof AgendaItemAttributes,
    label: string,
    value: string,
    setValue: (value: string) => void,
    extra: { autoFocus?: boolean; placeholder?: string } = {},
  ) => (
    <div className="form-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={value}
        placeholder={extra.placeholder}
        data-autofocus={extra.autoFocus ? '' : undefined}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `${id}-${key}-problem` : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      {problems[key] && (
        <p id={`${id}-${key}-problem`} className="form-error" role="alert">
          {problems[key]}
        </p>
      )}
    </div>
  )

  return (
    <form className="field-form agenda-item-form" onSubmit={handleSubmit} noValidate>
      {field('number', 'Number', number, setNumber, { autoFocus: true, placeholder: '3 or 3.1' })}
      {field('reference', 'Link', reference, setReference, {
        placeholder: 'https://…/issues/151',
      })}
      {field('referenceLabel', 'Link text', referenceLabel, setReferenceLabel, {
        placeholder: '#151',
      })}
      <div className="popover__actions">
        <button type="submit" className="button button--primary button--small">
          Save
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div className="popover__actions">
        <button type="button" className="button button--small" onClick={onRenumber}>
          Renumber all agenda items
        </button>
      </div>
    </form>
  )
}
