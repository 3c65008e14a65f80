import type { Verdict } from '@minutes/permissions'
import * as Y from 'yjs'
import type { RefusedPassage } from '../collaboration/Refusal'
import { readPerson } from '../collaboration/readPerson'

/**
 * Puts back the people register entries that `merged` has and `current` has not (added, changed
 * or removed), each as a new write if the rights allow it; returns the ones they do not.
 */
export function restorePeople(
  current: Y.Map<unknown>,
  merged: Y.Map<unknown>,
  judge: (key: string) => Verdict,
): RefusedPassage[] {
  const refused: RefusedPassage[] = []
  const keys = new Set([...current.keys(), ...merged.keys()])
  for (const key of keys) {
    const wanted = plain(merged.get(key))
    const existing = plain(current.get(key))
    if (JSON.stringify(wanted) === JSON.stringify(existing)) continue
    const verdict = judge(key)
    if (!verdict.allowed) {
      const isRemoval = wanted === undefined
      refused.push({
        text: describePerson(key, isRemoval ? existing : wanted),
        reason: verdict.reason,
        isRemoval,
      })
    } else if (wanted === undefined) {
      current.delete(key)
    } else {
      current.set(key, wanted)
    }
  }
  return refused
}

/** A register value as plain data: the server accepts plain objects, and old copies may hold Y.Maps. */
function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value
}

function describePerson(id: string, value: unknown): string {
  const person = readPerson(id, value)
  if (!person) return `Person ${id}`
  return [person.name, person.title, person.organisation, person.role].filter(Boolean).join(', ')
}
