import type { MeetingDetailsAttributes } from './MeetingDetails'

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "Tuesday 6th May 2014" from "2014-05-06"; anything that is not an ISO date is shown as it is. */
export function formatMeetingDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date rolls impossible days over (30 February is 2 March): show those as they were written.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate
  const weekday = weekdays[date.getUTCDay()]
  return `${weekday} ${day}${ordinalSuffix(day)} ${months[month - 1]} ${year}`
}

/** "4:30-6:15pm" from 16:30 and 18:15, "11:00am-12:30pm" across noon, as minutes write times. */
export function formatTimeRange(start: string | null, end: string | null): string {
  const parsedStart = start ? parseTime(start) : undefined
  const parsedEnd = end ? parseTime(end) : undefined
  if (!parsedStart) return parsedEnd ? `until ${clock(parsedEnd)}${parsedEnd.half}` : ''
  if (!parsedEnd) return `${clock(parsedStart)}${parsedStart.half}`
  const startHalf = parsedStart.half === parsedEnd.half ? '' : parsedStart.half
  return `${clock(parsedStart)}${startHalf}-${clock(parsedEnd)}${parsedEnd.half}`
}

/** How minutes announce the date of the next meeting, in every export and the editor alike. */
export const nextMeetingLead = 'Next meeting:'

/**
 * The details as the lines printed minutes show; a date or time the minutes wrote in their own
 * words (`dateLabel`, `timeLabel`) is shown as written rather than formatted. The next meeting's
 * date comes last.
 */
export function describeMeetingDetails(details: MeetingDetailsAttributes): string[] {
  const when = [details.dateLabel || (details.date ? formatMeetingDate(details.date) : '')]
  const time = details.timeLabel || formatTimeRange(details.startTime, details.endTime)
  const where = [time, details.place ?? ''].filter(Boolean).join(', ')
  const session = [
    [details.sessionLabel ?? (details.sessionNumber ? 'Session' : ''), details.sessionNumber ?? '']
      .filter(Boolean)
      .join(' '),
    details.sessionTitle ? `'${details.sessionTitle}'` : '',
  ]
    .filter(Boolean)
    .join(': ')
  return [
    ...when,
    where,
    details.bookingNote ? `(${details.bookingNote})` : '',
    details.seriesTitle ?? '',
    session,
    details.nextDate ? `${nextMeetingLead} ${formatMeetingDate(details.nextDate)}` : '',
  ].filter((line) => line !== '')
}

function parseTime(value: string): { hour: number; minute: number; half: 'am' | 'pm' } | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value)
  if (!match) return undefined
  const hour = Number(match[1])
  return { hour, minute: Number(match[2]), half: hour >= 12 ? 'pm' : 'am' }
}

function clock({ hour, minute }: { hour: number; minute: number }): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')}`
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'
}
