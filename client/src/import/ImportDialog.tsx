import type { ImportPreview } from '@minutes/protocol'
import { type DragEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { SeriesField } from '../series/SeriesField'
import { errorMessage } from '../shared/api/ApiError'
import { useModalDialog } from '../shared/dialog/useModalDialog'
import { editorPath } from '../shared/navigation/matchRoute'
import { navigate } from '../shared/navigation/navigation'
import { ImportReportView } from './ImportReportView'
import {
  createFromImport,
  importAccept,
  isImportable,
  maxImportSize,
  previewImport,
} from './importMinutesFile'
import './import.css'

type PreviewState =
  | { status: 'empty' }
  | { status: 'reading'; file: File }
  | { status: 'ready'; file: File; preview: ImportPreview }
  | { status: 'failed'; file: File; message: string }

interface ImportDialogProps {
  onClose: () => void
}

/**
 * New minutes from a Word, text or Markdown file: the server first says what it recognised (nothing
 * is created), then "Create document" makes the minutes and opens them.
 */
export function ImportDialog({ onClose }: ImportDialogProps) {
  const [state, setState] = useState<PreviewState>({ status: 'empty' })
  const [title, setTitle] = useState('')
  const [seriesId, setSeriesId] = useState('')
  const [isSamePeople, setIsSamePeople] = useState(true)
  const samePeopleId = useId()
  const isTitleEdited = useRef(false)
  const [isDragging, setIsDragging] = useState(false)
  const [isCreating, setIsCreating] = useState(false)
  const [createError, setCreateError] = useState<string | null>(null)
  const previewRequest = useRef<AbortController | null>(null)
  const headingId = useId()
  const fileId = useId()
  const fileHintId = useId()
  const titleId = useId()
  const titleHintId = useId()

  // Escape closes through React, and not while the minutes are being created.
  const dialog = useModalDialog({
    onCancel: () => {
      if (!isCreating) onClose()
    },
  })
  useEffect(() => () => previewRequest.current?.abort(), [])

  const handleFile = (file: File | undefined, forSeries = seriesId) => {
    if (!file || isCreating) return
    previewRequest.current?.abort()
    const request = new AbortController()
    previewRequest.current = request
    setState({ status: 'reading', file })
    setCreateError(null)
    previewImport(file, { signal: request.signal, seriesId: forSeries }).then(
      (preview) => {
        setState({ status: 'ready', file, preview })
        if (!isTitleEdited.current) setTitle(preview.title)
      },
      (error: unknown) => {
        if (request.signal.aborted) return
        setState({ status: 'failed', file, message: errorMessage(error) })
      },
    )
  }

  const handleDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault()
    setIsDragging(false)
    const file = event.dataTransfer.files[0]
    if (file && !isImportable(file) && !isCreating) {
      previewRequest.current?.abort()
      setCreateError(null)
      setState({
        status: 'failed',
        file,
        message: `"${file.name}" is not a file the importer reads: use Word (.docx), text (.txt) or Markdown (.md).`,
      })
      return
    }
    handleFile(file)
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (state.status !== 'ready' || isCreating) return
    setIsCreating(true)
    setCreateError(null)
    try {
      const { id } = await createFromImport(state.file, {
        title,
        seriesId,
        samePeople: isSamePeople,
      })
      navigate(editorPath(id))
    } catch (error) {
      setCreateError(errorMessage(error))
      setIsCreating(false)
    }
  }

  return (
    <dialog
      {...dialog}
      className="modal-dialog import-dialog"
      aria-labelledby={headingId}
      aria-busy={isCreating}
      onDragOver={(event) => {
        event.preventDefault()
        setIsDragging(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setIsDragging(false)
      }}
      onDrop={handleDrop}
    >
      <form onSubmit={handleSubmit} noValidate>
        <h2 id={headingId}>New minutes from a file</h2>
        <p className="import-dialog__intro">
          Minutes in Word, plain text or Markdown become structured minutes: header, attendance,
          speakers, recommendations, questions. You see what was recognised before anything is
          created.
        </p>

        <div className="import-dialog__drop" data-dragging={isDragging}>
          <label htmlFor={fileId}>Minutes file</label>
          <input
            id={fileId}
            name="file"
            type="file"
            accept={importAccept}
            aria-describedby={fileHintId}
            disabled={isCreating}
            onChange={(event) => handleFile(event.target.files?.[0])}
          />
          <p id={fileHintId} className="import-dialog__hint">
            Word (.docx), text (.txt) or Markdown (.md), up to {maxImportSize}. You can also drop it
            here.
          </p>
        </div>

        <label htmlFor={titleId}>Title (optional)</label>
        <input
          id={titleId}
          name="title"
          type="text"
          autoComplete="off"
          className="import-dialog__title"
          value={title}
          aria-describedby={titleHintId}
          disabled={isCreating}
          onChange={(event) => {
            isTitleEdited.current = true
            setTitle(event.target.value)
          }}
        />
        <p id={titleHintId} className="import-dialog__hint">
          Left empty, the minutes are named after the body and the date they record.
        </p>
        <SeriesField
          value={seriesId}
          onChange={(chosen) => {
            setSeriesId(chosen)
            // Who in the file is already in the series depends on the series: read it again.
            if (state.status === 'ready' || state.status === 'failed')
              handleFile(state.file, chosen)
          }}
          disabled={isCreating}
        />

        {state.status === 'reading' && (
          <p className="import-dialog__progress" role="status">
            <span className="spinner" aria-hidden="true" /> Reading &ldquo;{state.file.name}&rdquo;…
          </p>
        )}
        {state.status === 'failed' && (
          <div className="import-dialog__error" role="alert">
            <p>{state.message}</p>
          </div>
        )}
        {state.status === 'ready' && state.preview.samePeople?.length ? (
          <div className="import-dialog__same-people">
            <input
              id={samePeopleId}
              type="checkbox"
              checked={isSamePeople}
              onChange={(event) => setIsSamePeople(event.target.checked)}
              disabled={isCreating}
            />
            <label htmlFor={samePeopleId}>
              {state.preview.samePeople.length === 1
                ? 'This person is already in the series; make them the same person:'
                : `These ${state.preview.samePeople.length} people are already in the series; make them the same people:`}
            </label>
            <ul>
              {state.preview.samePeople.map((person) => (
                <li key={`${person.name} ${person.organisation}`}>
                  {person.organisation ? `${person.name} (${person.organisation})` : person.name},
                  in {person.meetingTitle}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.status === 'ready' && (
          <ImportReportView report={state.preview.report} fileName={state.file.name} />
        )}

        <div className="import-dialog__actions">
          {createError && (
            <div className="import-dialog__error" role="alert">
              <p>{createError}</p>
            </div>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={state.status !== 'ready' || isCreating}
          >
            {isCreating ? 'Importing…' : 'Create document'}
          </button>
          <button type="button" className="button" onClick={onClose} disabled={isCreating}>
            Cancel
          </button>
          {isCreating && (
            <p className="import-dialog__progress" role="status">
              <span className="spinner" aria-hidden="true" /> Creating the minutes; long ones take a
              few seconds.
            </p>
          )}
        </div>
      </form>
    </dialog>
  )
}
