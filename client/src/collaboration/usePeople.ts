import type { Person } from '@minutes/schema'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readPerson } from './readPerson'

/** Everyone in the document's people map, sorted by name, kept live. */
export function usePeople(people: Y.Map<unknown>): Person[] {
  const [list, setList] = useState(() => readAll(people))
  useEffect(() => {
    const update = () => setList(readAll(people))
    update()
    people.observeDeep(update)
    return () => people.unobserveDeep(update)
  }, [people])
  return list
}

/** One person by id, kept live; re-renders only when that person's own details change. */
export function usePerson(people: Y.Map<unknown>, id: string | null): Person | null {
  const [person, setPerson] = useState(() => (id ? readPerson(id, people.get(id)) : null))
  useEffect(() => {
    const update = () => {
      const next = id ? readPerson(id, people.get(id)) : null
      setPerson((current) => (isSamePerson(current, next) ? current : next))
    }
    update()
    people.observeDeep(update)
    return () => people.unobserveDeep(update)
  }, [people, id])
  return person
}

function readAll(people: Y.Map<unknown>): Person[] {
  const list: Person[] = []
  for (const [id, value] of people.entries()) {
    const person = readPerson(id, value)
    if (person) list.push(person)
  }
  return list.sort((a, b) => a.name.localeCompare(b.name))
}

function isSamePerson(a: Person | null, b: Person | null): boolean {
  return (
    a?.id === b?.id &&
    a?.name === b?.name &&
    a?.title === b?.title &&
    a?.organisation === b?.organisation &&
    a?.role === b?.role
  )
}
