import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'

interface DocumentTitleProps {
  /** `null` while the title is still loading or could not be fetched. */
  title: string | null
  /** Shown, and not editable, while there is no title. */
  placeholder: string
  /** Absent for those who may not rename the minutes: the title is then plain text. */
  onRename?: (title: string) => Promise<void>
}

/** The document's title as the page heading; click it (or Enter) to rename it in place. */
export function DocumentTitle({ title, placeholder, onRename }: DocumentTitleProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [pendingTitle, setPendingTitle] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  // Enter and Escape remove the input, which can also fire blur: only the first of them counts.
  const isEditingRef = useRef(false)
  const isEditing = draft !== null
  const shown = pendingTitle ?? title

  useEffect(() => {
    if (isEditing) inputRef.current?.select()
  }, [isEditing])

  const startEditing = () => {
    isEditingRef.current = true
    setDraft(shown ?? '')
  }

  const stopEditing = () => {
    isEditingRef.current = false
    setDraft(null)
    // The input is gone after this render; keep keyboard focus on the title.
    requestAnimationFrame(() => buttonRef.current?.focus())
  }

  const save = async () => {
    if (!isEditingRef.current || draft === null || !onRename) return
    isEditingRef.current = false
    const next = draft.trim()
    setDraft(null)
    if (!next || next === title) return
    setPendingTitle(next)
    setError(null)
    try {
      await onRename(next)
    } catch (caught) {
      setError(`The title was not saved. ${errorMessage(caught)}`)
    } finally {
      setPendingTitle(null)
    }
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void save()
      requestAnimationFrame(() => buttonRef.current?.focus())
    } else if (event.key === 'Escape') {
      event.preventDefault()
      stopEditing()
    }
  }

  if (!onRename) {
    return (
      <div className="document-title">
        <h1 className="document-title__heading document-title__heading--plain">
          {shown ?? placeholder}
        </h1>
      </div>
    )
  }

  return (
    <div className="document-title">
      {isEditing ? (
        <input
          ref={inputRef}
          className="document-title__input"
          aria-label="Title"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={handleKeyDown}
          onBlur={() => void save()}
        />
      ) : (
        <h1 className="document-title__heading">
          <button
            ref={buttonRef}
            type="button"
            className="document-title__button"
            title="Rename"
            aria-describedby={error ? 'document-title-error' : undefined}
            disabled={shown === null}
            onClick={startEditing}
          >
            {shown ?? placeholder}
          </button>
        </h1>
      )}
      {error && (
        <p id="document-title-error" className="document-title__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
