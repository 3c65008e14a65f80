import type { Person } from '@minutes/schema'
import { type Fragment, Slice } from '@tiptap/pm/model'
import { personIdsOf } from '../personReferences'

/** The people a copied slice refers to, once each, in order; ids missing from the register are left out. */
export function collectPeople(
  slice: Slice | Fragment,
  findPerson: (id: string) => Person | null,
): Person[] {
  const content = slice instanceof Slice ? slice.content : slice
  const people = new Map<string, Person>()
  content.descendants((node) => {
    for (const id of personIdsOf(node)) {
      if (people.has(id)) continue
      const person = findPerson(id)
      if (person) people.set(id, person)
    }
  })
  return [...people.values()]
}
