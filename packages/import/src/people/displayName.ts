import type { Person } from '@minutes/schema'

/** The name with its title, as minutes print it: "Professor Jenny Pearce". */
export function displayName(person: Person): string {
  return person.title ? `${person.title} ${person.name}` : person.name
}
