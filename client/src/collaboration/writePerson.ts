import type { Person } from '@minutes/schema'
import type * as Y from 'yjs'

/**
 * Puts `person` in the register as the plain object the server accepts, trimmed, without empty
 * fields. Every block refers to people by id, so this renames them everywhere at once.
 */
export function writePerson(people: Y.Map<unknown>, person: Person): void {
  const { id, name, title, organisation, role, alias } = person
  const fields: Person = { id, name: name.trim() }
  if (title?.trim()) fields.title = title.trim()
  if (organisation?.trim()) fields.organisation = organisation.trim()
  if (role?.trim()) fields.role = role.trim()
  if (alias?.trim()) fields.alias = alias.trim()
  people.set(id, fields)
}
