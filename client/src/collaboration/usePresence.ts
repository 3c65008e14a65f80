import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'

export interface Participant {
  clientId: number
  name: string
  color: string
  isSelf: boolean
}

/** Everyone connected to the document (from awareness), yourself first, then by name. */
export function usePresence(awareness: Awareness): Participant[] {
  const [participants, setParticipants] = useState(() => readParticipants(awareness))
  useEffect(() => {
    // 'change' fires when someone joins, leaves or changes their state, and a moving caret is a change
    // of state: keep the same list (no React commit) unless who is there, or how they look, changed.
    const update = () =>
      setParticipants((previous) => keepIfSame(previous, readParticipants(awareness)))
    update()
    awareness.on('change', update)
    return () => awareness.off('change', update)
  }, [awareness])
  return participants
}

export function readParticipants(awareness: Awareness): Participant[] {
  const participants: Participant[] = []
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state.user
    if (typeof user !== 'object' || user === null) continue
    const { name, color } = user as Record<string, unknown>
    if (typeof name !== 'string' || !name.trim()) continue
    participants.push({
      clientId,
      name: name.trim(),
      color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#4b5563',
      isSelf: clientId === awareness.clientID,
    })
  }
  return participants.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
  )
}

function keepIfSame(previous: Participant[], next: Participant[]): Participant[] {
  const same =
    previous.length === next.length &&
    previous.every((participant, index) => {
      const other = next[index]
      return (
        other !== undefined &&
        participant.clientId === other.clientId &&
        participant.name === other.name &&
        participant.color === other.color &&
        participant.isSelf === other.isSelf
      )
    })
  return same ? previous : next
}
