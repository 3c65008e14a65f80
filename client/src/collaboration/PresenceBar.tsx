import type { Awareness } from 'y-protocols/awareness'
import { initialsOf } from './initialsOf'
import { usePresence } from './usePresence'

/** Who has the document open right now. */
export function PresenceBar({ awareness }: { awareness: Awareness }) {
  const participants = usePresence(awareness)
  return (
    <ul className="presence" aria-label="People here">
      {participants.map((participant) => {
        const label = participant.isSelf ? `${participant.name} (you)` : participant.name
        return (
          <li key={participant.clientId} className="presence__person" title={label}>
            <span
              className="presence__avatar"
              style={{ backgroundColor: participant.color }}
              aria-hidden="true"
            >
              {initialsOf(participant.name)}
            </span>
            <span className="presence__name">{label}</span>
          </li>
        )
      })}
    </ul>
  )
}
