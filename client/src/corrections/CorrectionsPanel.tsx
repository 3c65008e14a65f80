import { type CorrectionClass, type CorrectionView, correctionClasses } from '@minutes/protocol'
import type { Person } from '@minutes/schema'
import { useId, useRef, useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { correctionsApi } from './correctionsApi'
import type { CorrectionsState } from './useCorrections'
import './corrections.css'

export const correctionClassLabels: Record<CorrectionClass, string> = {
  reporting: 'Reporting error',
  factual: 'Factual correction',
  newMaterial: 'New material (footnote)',
}

const stateLabels: Record<CorrectionView['state'], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  reverted: 'Reverted',
}

interface CorrectionsPanelProps {
  docId: string
  corrections: CorrectionsState
  reload: () => Promise<void>
  /** The secretariat accepts or reverts; speakers read their own sections' corrections. */
  canDecide: boolean
  people: readonly Person[]
}

/**
 * The correction round, per speaker: every change made in their blocks since circulation, as
 * text deleted and inserted with who and when, and its state. The secretariat accepts each with
 * a class, or reverts it; the list follows everyone's decisions live.
 */
export function CorrectionsPanel({
  docId,
  corrections,
  reload,
  canDecide,
  people,
}: CorrectionsPanelProps) {
  const [announcement, setAnnouncement] = useState('')
  const [deciding, setDeciding] = useState<string | null>(null)
  const listRef = useRef<HTMLDivElement>(null)

  if (corrections.state === 'loading') {
    return (
      <p className="quiet" role="status">
        Loading corrections…
      </p>
    )
  }
  if (corrections.state === 'error') {
    return (
      <div className="corrections" role="alert">
        <p>Could not load the corrections: {corrections.message}</p>
        <button type="button" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    )
  }
  const { since, corrections: list } = corrections.list
  if (since === null) {
    return (
      <p className="quiet">
        Corrections are listed here once the minutes are circulated: every change in a speaker’s
        section from then on, with who made it.
      </p>
    )
  }

  const handleDecide = async (
    correction: CorrectionView,
    decision: { decision: 'accept'; class: CorrectionClass } | { decision: 'revert' },
  ) => {
    setDeciding(correction.id)
    setAnnouncement('Saving the decision…')
    try {
      await correctionsApi.decide(docId, correction.id, decision)
      setAnnouncement(
        decision.decision === 'revert'
          ? `Reverted the correction by ${correction.author.name}. Everyone editing sees it now.`
          : `Accepted the correction by ${correction.author.name} as ${correctionClassLabels[decision.class].toLowerCase()}.`,
      )
      await reload()
    } catch (error) {
      setAnnouncement(`Could not save the decision: ${errorMessage(error)}`)
      await reload()
    } finally {
      setDeciding(null)
      // The buttons are gone once decided: focus stays in the list, on the decided correction.
      listRef.current
        ?.querySelector<HTMLElement>(`[data-correction-id="${CSS.escape(correction.id)}"]`)
        ?.focus()
    }
  }

  const nameOf = (speakerId: string) =>
    people.find((person) => person.id === speakerId)?.name ?? 'A speaker'
  const speakers = [...new Set(list.map(({ speakerId }) => speakerId))]
  return (
    <div className="corrections" ref={listRef}>
      <p className="quiet">Since the minutes were circulated on {formatTime(since)}.</p>
      {list.length === 0 && <p className="quiet">No corrections yet.</p>}
      {speakers.map((speakerId) => (
        <SpeakerCorrections
          key={speakerId}
          name={nameOf(speakerId)}
          corrections={list.filter((correction) => correction.speakerId === speakerId)}
          canDecide={canDecide}
          deciding={deciding}
          onDecide={handleDecide}
        />
      ))}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}

function SpeakerCorrections({
  name,
  corrections,
  canDecide,
  deciding,
  onDecide,
}: {
  name: string
  corrections: CorrectionView[]
  canDecide: boolean
  deciding: string | null
  onDecide: (
    correction: CorrectionView,
    decision: { decision: 'accept'; class: CorrectionClass } | { decision: 'revert' },
  ) => Promise<void>
}) {
  const headingId = useId()
  return (
    <section className="corrections__speaker" aria-labelledby={headingId}>
      <h3 id={headingId} className="corrections__speaker-name">
        {name}
      </h3>
      <ul className="corrections__list">
        {corrections.map((correction) => (
          <CorrectionItem
            key={correction.id}
            correction={correction}
            canDecide={canDecide}
            isDeciding={deciding === correction.id}
            onDecide={onDecide}
          />
        ))}
      </ul>
    </section>
  )
}

function CorrectionItem({
  correction,
  canDecide,
  isDeciding,
  onDecide,
}: {
  correction: CorrectionView
  canDecide: boolean
  isDeciding: boolean
  onDecide: (
    correction: CorrectionView,
    decision: { decision: 'accept'; class: CorrectionClass } | { decision: 'revert' },
  ) => Promise<void>
}) {
  const [chosenClass, setChosenClass] = useState<CorrectionClass>('reporting')
  const selectId = useId()
  const { inserted, deleted, state } = correction
  return (
    <li className="correction" data-correction-id={correction.id} data-state={state} tabIndex={-1}>
      <p className="correction__diff">
        {deleted && (
          <del className="correction__deleted">
            <span className="visually-hidden">Deleted: </span>
            {deleted}
          </del>
        )}
        {deleted && inserted && ' '}
        {inserted && (
          <ins className="correction__inserted">
            <span className="visually-hidden">Inserted: </span>
            {inserted}
          </ins>
        )}
      </p>
      <p className="correction__meta">
        {correction.author.name} · {formatTime(correction.at)} ·{' '}
        <span className={`correction__state correction__state--${state}`}>
          {stateLabels[state]}
          {correction.class && ` as ${correctionClassLabels[correction.class].toLowerCase()}`}
        </span>
      </p>
      {canDecide && state === 'pending' && (
        <div className="correction__actions">
          <label htmlFor={selectId}>Class</label>
          <select
            id={selectId}
            value={chosenClass}
            onChange={(event) => setChosenClass(event.target.value as CorrectionClass)}
            disabled={isDeciding}
          >
            {correctionClasses.map((value) => (
              <option key={value} value={value} disabled={value === 'newMaterial' && !inserted}>
                {correctionClassLabels[value]}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={isDeciding}
            onClick={() => void onDecide(correction, { decision: 'accept', class: chosenClass })}
          >
            Accept
          </button>
          <button
            type="button"
            disabled={isDeciding}
            onClick={() => void onDecide(correction, { decision: 'revert' })}
          >
            Revert
          </button>
        </div>
      )}
    </li>
  )
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  })
}
