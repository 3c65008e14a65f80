export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string
  /** Where the date, weekday included, starts in the text and how long it is. */
  index: number
  length: number
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const month =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)'
const weekday = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`
const ordinal = '(?:st|nd|rd|th)?'

// Each form and where its day, month and year are among the groups.
const forms: { pattern: RegExp; day: number; month: number; year: number }[] = [
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, day: 3, month: 2, year: 1 },
  {
    pattern: new RegExp(
      String.raw`\b${weekday}(\d{1,2})${ordinal}(?:\s+of)?\s+${month}\.?,?(?:\s+(\d{4}))?\b`,
      'gi',
    ),
    day: 1,
    month: 2,
    year: 3,
  },
  {
    pattern: new RegExp(
      String.raw`\b${weekday}${month}\.?\s+(\d{1,2})${ordinal},?(?:\s+(\d{4}))?\b`,
      'gi',
    ),
    day: 2,
    month: 1,
    year: 3,
  },
  // British order, as UK minutes write it: 12/03/2025 is 12 March.
  { pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g, day: 1, month: 2, year: 3 },
]

/**
 * The first date in `text`: "Tuesday 6th May 2014", "6 May 2014", "May 6, 2014", "2014-05-06"
 * or "06/05/2014". A date without a year takes `defaultYear`, or is not a date without one.
 */
export function findDate(text: string, defaultYear?: number): FoundDate | undefined {
  let found: FoundDate | undefined
  for (const form of forms) {
    for (const match of text.matchAll(form.pattern)) {
      if (found && match.index >= found.index) break
      const iso = isoDate(match, form, defaultYear)
      if (iso) {
        found = { iso, index: match.index, length: match[0].length }
        break
      }
    }
  }
  return found
}

function isoDate(
  match: RegExpMatchArray,
  form: (typeof forms)[number],
  defaultYear: number | undefined,
): string | undefined {
  const monthText = match[form.month] ?? ''
  // "6 may be deferred" is no date: month names are capitalised.
  if (/^\p{Ll}/u.test(monthText)) return undefined
  const monthNumber = /^\d+$/.test(monthText)
    ? Number(monthText)
    : monthNames.findIndex((name) => name.startsWith(monthText.toLowerCase().slice(0, 3))) + 1
  const yearText = match[form.year]
  let year = yearText ? Number(yearText) : defaultYear
  if (year !== undefined && yearText?.length === 2) year += 2000
  const day = Number(match[form.day])
  if (year === undefined || year < 1900 || year > 2200) return undefined
  const date = new Date(Date.UTC(year, monthNumber - 1, day))
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}
