import {
  describeMeetingDetails,
  type MeetingDetailsAttributes,
  meetingDetailsKeys,
  readMeetingDetailsAttributes,
} from '@minutes/schema'
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { type FormEvent, useId, useState } from 'react'
import { DocumentStatusBadge } from '../../collaboration/DocumentStatusBadge'
import { useBlockPrompt } from '../blocks/useBlockPrompt'
import { ChipRow } from '../chips/ChipRow'
import { Popover } from '../chips/Popover'
import { PopoverChip } from '../chips/PopoverChip'
import { usePopover } from '../chips/usePopover'
import { withoutStaleLabels } from './withoutStaleLabels'

/** When and where, as the printed minutes give it, with the minutes' status beside it. */
export function MeetingDetailsView({ node, editor, getPos }: ReactNodeViewProps) {
  const details = readMeetingDetailsAttributes(node)
  const lines = describeMeetingDetails(details)
  const popover = usePopover()
  useBlockPrompt(editor, getPos, () => popover.open(() => editor.view.focus()))

  const handleSave = (changes: Partial<MeetingDetailsAttributes>) => {
    const position = getPos()
    if (position !== undefined) {
      editor.chain().setNodeSelection(position).updateMeetingDetails(changes).run()
    }
    popover.close()
  }

  return (
    <NodeViewWrapper className="meeting-details" data-type="meeting-details">
      <ChipRow editor={editor} className="meeting-details__row">
        <PopoverChip
          popover={popover}
          className="meeting-details__lines"
          aria-label="Edit meeting details"
          popup={() => (
            <Popover
              anchor={popover.anchorRef.current}
              label="Meeting details"
              onClose={popover.close}
            >
              <MeetingDetailsForm details={details} onSave={handleSave} onCancel={popover.close} />
            </Popover>
          )}
        >
          {lines.length > 0 ? (
            lines.map((line) => (
              <span key={line} className="meeting-details__line">
                {line}
              </span>
            ))
          ) : (
            <span className="meeting-details__line meeting-details__line--empty">
              Date, time and place of the meeting
            </span>
          )}
        </PopoverChip>
        <DocumentStatusBadge />
      </ChipRow>
    </NodeViewWrapper>
  )
}

const fields: {
  key: keyof MeetingDetailsAttributes
  label: string
  type: string
  hint?: string
}[] = [
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'startTime', label: 'Start time', type: 'time' },
  { key: 'endTime', label: 'End time', type: 'time' },
  { key: 'place', label: 'Place', type: 'text', hint: 'Committee Room 4, House of Lords' },
  { key: 'bookingNote', label: 'Booking note', type: 'text', hint: 'booked in the name of …' },
  { key: 'seriesTitle', label: 'Series or inquiry', type: 'text' },
  { key: 'sessionLabel', label: 'Session label', type: 'text', hint: 'Oral evidence session' },
  { key: 'sessionNumber', label: 'Session number', type: 'text' },
  { key: 'sessionTitle', label: 'Session title', type: 'text' },
  { key: 'nextDate', label: 'Next meeting', type: 'date' },
]

/** The fields beside which the form shows the minutes' own wording, if any. */
const writtenAs: Partial<Record<keyof MeetingDetailsAttributes, keyof MeetingDetailsAttributes>> = {
  date: 'dateLabel',
  startTime: 'timeLabel',
}

interface MeetingDetailsFormProps {
  details: MeetingDetailsAttributes
  onSave: (changes: Partial<MeetingDetailsAttributes>) => void
  onCancel: () => void
}

function MeetingDetailsForm({ details, onSave, onCancel }: MeetingDetailsFormProps) {
  const id = useId()
  const [values, setValues] = useState(() =>
    Object.fromEntries(meetingDetailsKeys.map((key) => [key, details[key] ?? ''])),
  )
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const changes: Partial<MeetingDetailsAttributes> = {}
    for (const key of meetingDetailsKeys) {
      const value = values[key]?.trim() || null
      if (value !== (details[key] ?? null)) changes[key] = value
    }
    onSave(withoutStaleLabels(changes))
  }
  return (
    <form className="details-form" onSubmit={handleSubmit}>
      <p className="popover__title">Meeting details</p>
      <div className="details-form__grid">
        {fields.map(({ key, label, type, hint }, index) => {
          const labelKey = writtenAs[key]
          const written = labelKey ? details[labelKey] : null
          return (
            <div key={key} className={`form-field form-field--${key}`}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                type={type}
                value={values[key] ?? ''}
                placeholder={hint}
                data-autofocus={index === 0 ? true : undefined}
                aria-describedby={written ? `${id}-${key}-as` : undefined}
                onChange={(event) =>
                  setValues((previous) => ({ ...previous, [key]: event.target.value }))
                }
              />
              {written && (
                <p id={`${id}-${key}-as`} className="details-form__written-as">
                  Written as &ldquo;{written}&rdquo;; a change here replaces it.
                </p>
              )}
            </div>
          )
        })}
      </div>
      <div className="popover__actions">
        <button type="submit" className="button button--primary button--small">
          Save
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
