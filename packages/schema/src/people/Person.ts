/** Name of the Y.Map, beside the content, that holds the document's people by id. */
export const PEOPLE_MAP_NAME = 'people'

/** Someone named in the minutes; stored once per document and referred to by id everywhere. */
export interface Person {
  id: string
  /** As the minutes name them: "Baroness Massey of Darwen", "Tim Loughton MP". */
  name: string
  /** Honorific or title where it is not part of the name: "Professor", "Chief Constable". */
  title?: string
  organisation?: string
  /** Their role for this body or meeting: "Chair", "Clerk". */
  role?: string
  /** Initials or a handle the minutes refer to them by: "TG", "@jreyes". */
  alias?: string
}

/** "Name (Organisation)" as minutes write it. */
export function describePerson(person: Person): string {
  const name = person.title ? `${person.title} ${person.name}` : person.name
  return person.organisation ? `${name} (${person.organisation})` : name
}

/** "Cllr Margaret Hale (Chair)", "Carol Dunn (CD, Ashcombe PC, Clerk)": as attendance lists name people. */
export function describeAttendee(person: Person): string {
  const name = person.title ? `${person.title} ${person.name}` : person.name
  const about = [person.alias, person.organisation, person.role].filter(Boolean).join(', ')
  return about ? `${name} (${about})` : name
}
