import { type AttributeCheck, personId, quoteValue, text } from './AttributeCheck'
import { isPlainRecord } from './isPlainRecord'

const personChecks: Readonly<Record<string, AttributeCheck>> = {
  id: personId,
  name: text(300),
  title: text(300),
  organisation: text(300),
  role: text(300),
  alias: text(40),
}
const requiredFields = ['id', 'name']

/**
 * Why `value` may not be an entry of the people register (`Person`), or undefined when it may:
 * a plain object with an id and a name, optionally a title, organisation, role and alias, all bounded
 * text, and no other keys.
 */
export function checkPersonValue(value: unknown): string | undefined {
  if (!isPlainRecord(value)) return 'A person must be a set of named values.'
  for (const field of requiredFields) {
    if (!Object.hasOwn(value, field)) return `A person needs a ${field}.`
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const check = Object.hasOwn(personChecks, field) ? personChecks[field] : undefined
    if (!check) return `A person has no field ${quoteValue(field)}.`
    const problem = check(fieldValue)
    if (problem) return `The person's ${field}: ${problem}`
  }
  return undefined
}
