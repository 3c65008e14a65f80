import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

/** Asks, once per browser, for the name others will see beside this person's caret. */
export function NameDialog({ onSubmit }: { onSubmit: (name: string) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()
  const inputId = useId()
  const errorId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!name.trim()) {
      setError('Enter the name others should see, for example "Ada Lovelace".')
      return
    }
    onSubmit(name)
  }

  return (
    <dialog
      ref={dialogRef}
      className="name-dialog"
      aria-labelledby={headingId}
      // A name is needed before editing; Escape must not leave the dialog half-answered.
      onCancel={(event) => event.preventDefault()}
    >
      <form onSubmit={handleSubmit} noValidate>
        <h2 id={headingId}>Who is editing?</h2>
        <p>Tell others editing these minutes who you are; they see this name beside your cursor.</p>
        <label htmlFor={inputId}>Your name</label>
        <input
          id={inputId}
          name="name"
          type="text"
          autoComplete="name"
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary">
          Continue
        </button>
      </form>
    </dialog>
  )
}
