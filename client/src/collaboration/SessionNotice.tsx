import { useId, useRef, useState } from 'react'
import type { CollaborationSession } from './createCollaborationSession'
import { passageKey, type RefusedPassage } from './Refusal'
import { useSessionStatus } from './useCollaborationSession'
import './sessionNotice.css'

/**
 * What of this person's work the server did not accept, and why, each passage with its text to
 * copy; shown until dismissed. Everything else they wrote was put back and saved.
 */
export function SessionNotice({ session }: { session: CollaborationSession }) {
  const { notice } = useSessionStatus(session)
  if (!notice) return null
  const count = notice.passages.length
  return (
    <section className="notice notice--warning session-notice" role="alert" aria-label="Not saved">
      <p>
        <strong>
          {count === 1 ? 'One change was not saved.' : `${count} changes were not saved.`}
        </strong>{' '}
        {notice.reason.trim() || 'the server refused it.'}
      </p>
      <p className="quiet">
        Everything else you wrote on this device was kept and saved. Copy the text below if you need
        it.
      </p>
      <ul className="session-notice__passages">
        {notice.passages.map((passage) => (
          <RefusedPassageView
            key={passageKey(passage)}
            passage={passage}
            // The reason is said once above when it is the server's own.
            label={passage.reason === notice.reason ? 'The text not saved' : passage.reason}
          />
        ))}
      </ul>
      <button type="button" className="button" onClick={session.dismissNotice}>
        Dismiss
      </button>
    </section>
  )
}

function RefusedPassageView({ passage, label }: { passage: RefusedPassage; label: string }) {
  const textId = useId()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'select'>('idle')
  const handleCopy = () => {
    navigator.clipboard.writeText(passage.text).then(
      () => setCopyState('copied'),
      () => {
        // No clipboard access (an insecure origin, or refused): select it for Ctrl+C instead.
        textRef.current?.select()
        setCopyState('select')
      },
    )
  }
  return (
    <li className="session-notice__passage">
      <label htmlFor={textId}>
        {passage.isRemoval ? 'You removed this text; it is still in the minutes. ' : ''}
        {label}
      </label>
      <textarea
        id={textId}
        ref={textRef}
        className="session-notice__text"
        readOnly
        rows={Math.min(6, Math.max(2, passage.text.split('\n').length))}
        value={passage.text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button button--small" onClick={handleCopy}>
        Copy
      </button>
      <span className="quiet" role="status">
        {copyState === 'copied'
          ? 'Copied.'
          : copyState === 'select'
            ? 'Selected: press Ctrl+C to copy.'
            : ''}
      </span>
    </li>
  )
}
