import { isSafeHref } from './isSafeHref'

/** Why `value` is not allowed, or undefined when it is. */
export type AttributeCheck = (value: unknown) => string | undefined

/** Free text an attribute or register field may hold: labels, notes, places. */
export const maxTextLength = 1000

/** Person ids: `p-` and hex from the client, slugs of names from the importer; letters of any script. */
const personIdPattern = /^[\p{L}\p{N}_.-]{1,200}$/u

/** A value as a reason may quote it: user-chosen, so short and on one line. */
export function quoteValue(value: unknown): string {
  if (typeof value !== 'string') return Array.isArray(value) ? 'a list' : String(value)
  const oneLine = value.replace(/\s+/g, ' ')
  return `"${oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine}"`
}

export function oneOf(values: readonly string[]): AttributeCheck {
  return (value) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : `${quoteValue(value)} is not one of ${values.join(', ')}.`
}

/** Null stands for "not set", the default of every optional attribute. */
export function optional(check: AttributeCheck): AttributeCheck {
  return (value) => (value === null ? undefined : check(value))
}

export function text(maxLength = maxTextLength): AttributeCheck {
  return (value) => {
    if (typeof value !== 'string') return `${quoteValue(value)} is not text.`
    return value.length > maxLength ? `The text is longer than ${maxLength} characters.` : undefined
  }
}

export const personId: AttributeCheck = (value) =>
  typeof value === 'string' && personIdPattern.test(value)
    ? undefined
    : `${quoteValue(value)} is not a person's id.`

/** A calendar date as yyyy-mm-dd. */
export const isoDate: AttributeCheck = (value) => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return undefined
  }
  return `${quoteValue(value)} is not a date (yyyy-mm-dd).`
}

/** A time of day as 24-hour hh:mm. */
export const clockTime: AttributeCheck = (value) =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
    ? undefined
    : `${quoteValue(value)} is not a time (hh:mm).`

export function integer(minimum: number, maximum: number): AttributeCheck {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum
      ? undefined
      : `${quoteValue(value)} is not a whole number from ${minimum} to ${maximum}.`
}

export function listOf(check: AttributeCheck, maxLength: number): AttributeCheck {
  return (value) => {
    if (!Array.isArray(value) || value.length === 0 || value.length > maxLength) {
      return `${quoteValue(value)} is not a list of 1 to ${maxLength} values.`
    }
    for (const each of value) {
      const problem = check(each)
      if (problem) return problem
    }
    return undefined
  }
}

/** The checks of one node's attributes, by attribute name. */
export type AttributeChecks = Readonly<Record<string, AttributeCheck>>

export function matching(pattern: RegExp, what: string): AttributeCheck {
  return (value) =>
    typeof value === 'string' && pattern.test(value)
      ? undefined
      : `${quoteValue(value)} is not ${what}.`
}

/** A link's target, by the one rule editor, server and exports share. */
export const safeHref: AttributeCheck = (value) =>
  isSafeHref(value)
    ? undefined
    : 'Links may only point to web pages (http, https), e-mail addresses or relative paths.'
