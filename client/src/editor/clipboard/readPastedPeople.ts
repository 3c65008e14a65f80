import type { Person } from '@minutes/schema'
import { readPerson } from '../../collaboration/readPerson'

/** The attribute, on a wrapper around copied content, holding the people it refers to as JSON. */
export const PEOPLE_ATTRIBUTE = 'data-minutes-people'

/** More than any minutes name; a paste claiming more is not from us. */
const MAX_PASTED_PEOPLE = 1000

/** The people carried by pasted HTML from Minutes, or none. */
export function readPastedPeople(html: string): Person[] {
  if (!html.includes(PEOPLE_ATTRIBUTE)) return []
  const dom = new DOMParser().parseFromString(html, 'text/html')
  const json = dom.querySelector(`[${PEOPLE_ATTRIBUTE}]`)?.getAttribute(PEOPLE_ATTRIBUTE)
  if (!json) return []
  try {
    const value: unknown = JSON.parse(json)
    if (!Array.isArray(value)) return []
    return value.slice(0, MAX_PASTED_PEOPLE).flatMap((entry: unknown) => {
      const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : null
      const person = typeof id === 'string' && id ? readPerson(id, entry) : null
      return person ? [person] : []
    })
  } catch {
    // Not our JSON (or damaged on the way): paste the content, without people.
    return []
  }
}
