import { createContext, useContext } from 'react'
import type * as Y from 'yjs'

/** The open document's people map, for node views rendered deep inside the editor. */
export const PeopleContext = createContext<Y.Map<unknown> | null>(null)

export function usePeopleMap(): Y.Map<unknown> {
  const people = useContext(PeopleContext)
  if (!people) throw new Error('usePeopleMap needs a PeopleContext provider around the editor.')
  return people
}
