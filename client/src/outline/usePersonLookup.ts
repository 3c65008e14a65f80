import type { Person } from '@minutes/schema'
import { useMemo } from 'react'

/** A lookup by id over `people`; a new one (so derived lists refresh) only when they change. */
export function usePersonLookup(people: readonly Person[]): (id: string) => Person | undefined {
  return useMemo(() => {
    const byId = new Map(people.map((person) => [person.id, person]))
    return (id: string) => byId.get(id)
  }, [people])
}
