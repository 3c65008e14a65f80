import type { Person } from '@minutes/schema'

export interface PeopleMerge {
  /** People to add to this document's register before the pasted content goes in. */
  additions: Person[]
  /** Pasted ids that must be rewritten in the pasted content, to the id they have here. */
  remap: Map<string, string>
}

/**
 * How pasted people join this document's register, so that each person is in it once: someone
 * already here (same id and name, or the same name and no other organisation) keeps this
 * document's id; anyone else is added under their own id if it is free, or a new one.
 */
export function mergePastedPeople(
  register: ReadonlyMap<string, Person>,
  pasted: readonly Person[],
  createId: () => string,
): PeopleMerge {
  const additions: Person[] = []
  const remap = new Map<string, string>()
  const known = [...register.values()]
  const isTaken = (id: string) => register.has(id) || additions.some((person) => person.id === id)

  for (const person of pasted) {
    const sameId = register.get(person.id)
    if (sameId && isSamePerson(sameId, person)) continue
    const match = known.find((candidate) => isSamePerson(candidate, person))
    if (match) {
      remap.set(person.id, match.id)
      continue
    }
    const id = isUsableId(person.id) && !isTaken(person.id) ? person.id : freshId(isTaken, createId)
    if (id !== person.id) remap.set(person.id, id)
    const added = { ...person, id }
    additions.push(added)
    known.push(added)
  }
  return { additions, remap }
}

function isSamePerson(a: Person, b: Person): boolean {
  if (normalise(a.name) !== normalise(b.name)) return false
  return (
    !a.organisation || !b.organisation || normalise(a.organisation) === normalise(b.organisation)
  )
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Ids the server accepts as register keys; anything else pasted gets a new one. */
function isUsableId(id: string): boolean {
  return /^[\w-]{1,100}$/.test(id) && !['__proto__', 'constructor', 'prototype'].includes(id)
}

function freshId(isTaken: (id: string) => boolean, createId: () => string): string {
  let id = createId()
  while (isTaken(id)) id = createId()
  return id
}
