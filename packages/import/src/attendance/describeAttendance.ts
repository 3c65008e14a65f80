import { describeAttendee, type Person } from '@minutes/schema'
import { joinNames } from '../people/joinNames'

/**
 * "Speakers: Simon Bailey (ACPO), Ann Lee (YJB) and Bob Stone (YJB) and Cy Dow (NSPCC)": each
 * person with their organisation and role, and people of one organisation (or none) listed
 * together as "A, B and C", so that both ways minutes write a list read back whole; the list's
 * note ("4 members of the public") after them.
 */
export function describeAttendance(
  label: string,
  people: readonly Person[],
  note: string | null = null,
): string {
  const groups: Person[][] = []
  for (const person of people) {
    const group = groups.at(-1)
    if (group && group[0]?.organisation === person.organisation) group.push(person)
    else groups.push([person])
  }
  const entries = groups.map((group) => joinNames(group.map(describeAttendee)))
  return `${label}: ${joinNames(note ? [...entries, note] : entries)}`
}
