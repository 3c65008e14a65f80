import { isRoleName } from '../people/isRoleName'
import { type ListedPerson, splitPeopleList } from '../people/splitPeopleList'

/**
 * The people on one line of a list that gives each its own line: "Dr Helena Brandt (HB),
 * University of Eastmoor (Chair)" and "Carl Mendes, Chief Nursing Officer" are one person
 * with what follows the comma as their organisation or role; a line of three or more names,
 * or of names joined by "and" or ";", is several people.
 */
export function readAttendeeLine(text: string): ListedPerson[] {
  const listed = splitPeopleList(text)
  const [first, second] = listed
  if (listed.length !== 2 || !first?.isName || !second || /;|\s(?:and|&)\s/i.test(text)) {
    return listed
  }
  const about = second.mention
  const mention = { ...first.mention }
  const parts = [about.name, about.organisation, about.role].filter(
    (part): part is string => part !== undefined && part !== '',
  )
  const roles = [mention.role, ...parts.filter(isRoleName)].filter(Boolean)
  const organisations = [mention.organisation, ...parts.filter((part) => !isRoleName(part))]
  if (roles.length > 0) mention.role = roles.join(', ')
  if (organisations.some(Boolean)) mention.organisation = organisations.filter(Boolean).join(', ')
  if (about.alias && !mention.alias) mention.alias = about.alias
  return [{ text, mention, isName: true }]
}
