import type { Person } from '@minutes/schema'
import { type FormEvent, useId, useState } from 'react'
import { usePeopleMap } from '../../collaboration/PeopleContext'
import { writePerson } from '../../collaboration/writePerson'

interface PersonEditorProps {
  person: Person
  onDone: () => void
  onCancel: () => void
}

const fields = [
  { key: 'name', label: 'Name', hint: 'As the minutes name them' },
  { key: 'title', label: 'Title or honorific', hint: 'Professor, Chief Constable' },
  { key: 'organisation', label: 'Organisation', hint: '' },
  { key: 'role', label: 'Role', hint: 'For this body: Chair, Clerk' },
] as const

/** Name, title, organisation and role of one person; every block naming them follows at once. */
export function PersonEditor({ person, onDone, onCancel }: PersonEditorProps) {
  const people = usePeopleMap()
  const id = useId()
  const [values, setValues] = useState({
    name: person.name,
    title: person.title ?? '',
    organisation: person.organisation ?? '',
    role: person.role ?? '',
  })
  const isNameMissing = !values.name.trim()

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isNameMissing) return
    writePerson(people, { id: person.id, ...values })
    onDone()
  }

  return (
    <form className="person-editor" onSubmit={handleSubmit} aria-label={`Edit ${person.name}`}>
      <p className="popover__title">Edit person</p>
      <p className="popover__hint">Changes show everywhere these minutes name them.</p>
      {fields.map(({ key, label, hint }, index) => (
        <div key={key} className="form-field">
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            type="text"
            value={values[key]}
            placeholder={hint}
            aria-invalid={key === 'name' && isNameMissing ? true : undefined}
            data-autofocus={index === 0 ? true : undefined}
            onChange={(event) =>
              setValues((previous) => ({ ...previous, [key]: event.target.value }))
            }
          />
        </div>
      ))}
      {isNameMissing && <p className="form-error">A person needs a name.</p>}
      <div className="popover__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={isNameMissing}
        >
          Save
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
