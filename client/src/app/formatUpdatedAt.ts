const sameDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const sameYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
})
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' })

/** A short, readable "last changed" date: the time today, the day this year, else the full date. */
export function formatUpdatedAt(iso: string, now: Date = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return 'Unknown date'
  if (date.toDateString() === now.toDateString()) return `Today, ${sameDay.format(date)}`
  if (date.getFullYear() === now.getFullYear()) return sameYear.format(date)
  return otherYear.format(date)
}
