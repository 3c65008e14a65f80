import { describePerson, minutesExtensions, type Person } from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'

const schema = getSchema(minutesExtensions())

const personAttributes = new Set([
  'personId',
  'speakerId',
  'askerId',
  'proposerId',
  'ownerId',
  'chairId',
])

/**
 * Node types, attributes (defaults filled in by the schema) and text, with each person id
 * replaced by who it names.
 */
export function structureOf(node: JSONContent, people: Person[]): JSONContent {
  const register = new Map(people.map((person) => [person.id, describePerson(person)]))
  const walk = (current: JSONContent): JSONContent => {
    const result: JSONContent = { type: current.type }
    if (current.attrs) {
      result.attrs = Object.fromEntries(
        Object.entries(current.attrs).map(([key, value]) => [
          key,
          personAttributes.has(key) && typeof value === 'string'
            ? (register.get(value) ?? `unknown ${value}`)
            : value,
        ]),
      )
    }
    if (current.text !== undefined) result.text = current.text
    if (current.marks) result.marks = current.marks
    if (current.content) result.content = current.content.map(walk)
    return result
  }
  return walk(schema.nodeFromJSON(node).toJSON() as JSONContent)
}
