import type { MeetingDetailsAttributes } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { findDate } from './findDate'
import { parseTimeRange } from './parseTimeRange'

export type DetailsLine = Partial<MeetingDetailsAttributes>

const booking = /^\(\s*(book(?:ed|ing)\b[^)]*?)\s*\)$/i
const session = /^(.{0,40}?\bsession)\s+(\d{1,3}|[IVXLC]{1,6})\b\s*(?:[:.–-]\s*(.+))?$/i
const series = /\b(?:inquiry|enquiry|series|review|programme|commission)\b/i
const labelled = /^(date|time|venue|place|location|where|when)\s*:\s*(.+)$/i
const separator = /^[\s,;–-]*(?:(?:at|in|from|on)\s+)?/i

/**
 * What one line says of when and where the meeting was: a date, times and place, a booking
 * note, the series it belongs to or its session, with the date and time as written in
 * `dateLabel` and `timeLabel`. Only the first line of a run (`opensRun`) may be a sentence
 * that merely mentions the date.
 */
export function parseDetailsLine(
  context: ImportContext,
  index: number,
  opensRun: boolean,
): DetailsLine | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'text') return undefined
  const text = plainText(line.text).replace(/[:,]$/, '')

  const booked = booking.exec(text)?.[1]
  // Inside its brackets a booking note reads on from the place: "(booked in the name of …)".
  if (booked) return { bookingNote: booked.charAt(0).toLowerCase() + booked.slice(1) }
  const numbered = session.exec(text)
  if (numbered) return sessionOf(numbered)
  if (text.split(/\s+/).length <= 12) {
    const next = context.line(context.nextNonBlank(index + 1))
    const opensSession = next?.shape.kind === 'text' && session.test(plainText(next.text))
    // "Children and the Police inquiry:" names a series; without its colon, only above a session.
    const isSeries = plainText(line.text).endsWith(':')
      ? opensSession || series.test(text)
      : opensSession
    if (isSeries) return { seriesTitle: text }
  }
  const field = labelled.exec(text)
  if (field) return fieldOf(field[1] ?? '', field[2] ?? '')

  const date = findDate(text)
  if (date?.index === 0) {
    return {
      date: date.iso,
      dateLabel: text.slice(0, date.length),
      ...timesAndPlace(text.slice(date.length)),
    }
  }
  const times = parseTimeRange(text)
  if (times?.index === 0) return timesAndPlace(text)
  if (opensRun && date) {
    return {
      date: date.iso,
      dateLabel: text.slice(date.index, date.index + date.length),
      ...timesOnly(text.slice(date.index + date.length)),
    }
  }
  return undefined
}

function sessionOf(match: RegExpExecArray): DetailsLine {
  const title = match[3]?.trim().replace(/^(['"‘“])(.*)['"’”]$/, '$2')
  return {
    sessionLabel: match[1] ?? null,
    sessionNumber: match[2] ?? null,
    ...(title ? { sessionTitle: title } : {}),
  }
}

/** "Date: 6 March 2025", "Time: 7pm", "Venue: …"; the date and time keep their label as written. */
function fieldOf(label: string, value: string): DetailsLine | undefined {
  const kind = label.toLowerCase()
  if (kind === 'venue' || kind === 'place' || kind === 'location' || kind === 'where') {
    return { place: value.trim() }
  }
  const date = findDate(value)
  const times = timesOnly(value)
  if (kind === 'time') {
    return times.startTime ? { ...times, timeLabel: `${label}: ${value.trim()}` } : undefined
  }
  if (!date) return undefined
  const dateLabel = `${label}: ${value.slice(0, date.index + date.length).trim()}`
  return { date: date.iso, dateLabel, ...times }
}

/** "4:30-6:15pm, Committee Room G, House of Lords" */
function timesAndPlace(text: string): DetailsLine {
  const rest = text.replace(separator, '')
  const times = parseTimeRange(rest)
  if (times?.index !== 0) return rest === '' ? {} : { place: rest }
  const place = rest.slice(times.length).replace(separator, '').trim()
  return {
    startTime: times.startTime,
    endTime: times.endTime,
    timeLabel: rest.slice(0, times.length),
    ...(place ? { place } : {}),
  }
}

function timesOnly(text: string): DetailsLine {
  const times = parseTimeRange(text)
  if (!times) return {}
  const timeLabel = text.slice(times.index, times.index + times.length)
  return { startTime: times.startTime, endTime: times.endTime, timeLabel }
}
