import type { Awareness } from 'y-protocols/awareness'
import { initialsOf } from './initialsOf'
import { type Participant, usePresence } from './usePresence'
import './presence.css'

/** Avatars shown before the rest fold into "+N": the top bar stays one row. */
export const visibleAvatars = 3

/** Who has the document open right now: one avatar per open tab, names on hover and for screen readers. */
export function PresenceBar({ awareness }: { awareness: Awareness }) {
  const participants = usePresence(awareness)
  const shown = participants.slice(0, visibleAvatars)
  const folded = participants.slice(visibleAvatars)
  return (
    <ul className="presence" aria-label="People here">
      {shown.map((participant) => {
        const label = labelOf(participant)
        return (
          <li key={participant.clientId} className="presence__person" title={label}>
            <span
              className="presence__avatar"
              style={{ backgroundColor: participant.color }}
              aria-hidden="true"
            >
              {initialsOf(participant.name)}
            </span>
            <span className="visually-hidden">{label}</span>
          </li>
        )
      })}
      {folded.length > 0 && (
        <li className="presence__person" title={folded.map(labelOf).join(', ')}>
          <span className="presence__avatar presence__avatar--more" aria-hidden="true">
            +{folded.length}
          </span>
          <span className="visually-hidden">
            and {folded.length} more: {folded.map(labelOf).join(', ')}
          </span>
        </li>
      )}
    </ul>
  )
}

function labelOf(participant: Participant): string {
  return participant.isSelf ? `${participant.name} (you)` : participant.name
}
