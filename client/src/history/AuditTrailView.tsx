import type { AuditTrail } from '@minutes/protocol'
import { useState } from 'react'
import { errorMessage } from '../shared/api/ApiError'
import { formatMoment } from './HistoryPanel'
import { historyApi } from './historyApi'

/** The document's audit trail for the secretariat, loaded when opened, newest first. */
export function AuditTrailView({ docId }: { docId: string }) {
  const [events, setEvents] = useState<AuditTrail['events'] | null>(null)
  const [error, setError] = useState('')
  const load = () => {
    setError('')
    historyApi.audit(docId).then(
      (trail) => setEvents([...trail.events].reverse()),
      (caught: unknown) => setError(errorMessage(caught)),
    )
  }
  return (
    <details
      className="history-audit"
      onToggle={(event) => {
        if (event.currentTarget.open) load()
      }}
    >
      <summary>Audit trail</summary>
      {error && (
        <p className="notice" role="alert">
          Could not load the audit trail. {error}
        </p>
      )}
      {!error && events === null && <p className="quiet">Loading…</p>}
      {events?.length === 0 && <p className="quiet">Nothing recorded yet.</p>}
      {events && events.length > 0 && (
        <ol className="history-audit__list">
          {events.map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the trail is append-only
            <li key={index}>
              <time dateTime={event.at}>{formatMoment(event.at)}</time> {event.actor}:{' '}
              {event.detail}
            </li>
          ))}
        </ol>
      )}
    </details>
  )
}
