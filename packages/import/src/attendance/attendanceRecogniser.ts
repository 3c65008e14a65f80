import { attendanceHeading } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import type { Line } from '../lines/splitLines'
import { plainText } from '../markdown/plainText'
import { type ListedPerson, splitPeopleList } from '../people/splitPeopleList'
import { readPipeTable } from '../table/readPipeTable'
import {
  type AttendancePlan,
  attendanceKindOf,
  attendanceListOf,
  isSomeone,
  planAttendance,
} from './planAttendance'
import { attendanceListsOf, planAttendanceTable } from './planAttendanceTable'
import { readAttendeeLine } from './readAttendeeLine'

const headed = /^([^:]{2,60}?)\s*:\s*(.*)$/
// "Apologies for absence were received from Patrick Doyle.": the heading written as a sentence.
const receivedFrom = /^(apologies(?: for absence)? (?:were )?received from)\s+(\S.*?)\.?$/i

/**
 * "Members in attendance:", "Present:", "Speakers:", "Apologies:", "Absent:", "… in attendance:"
 * and their people, on the line or listed under it. Entries that name no one ("4 members of
 * the public") become the list's note; a list whose words the printed list could not give
 * back is left as text. An "Attendance" heading over such lists, or over a table of them (as
 * Word and HTML minutes set them out), is the lists' own and is taken with them.
 */
export const attendanceRecogniser: Recogniser = {
  kind: 'attendanceList',

  startsAt: (context, index) =>
    planOf(context, index) !== undefined || headsAttendance(context, index),

  read: (context, index) => {
    const start = headsAttendance(context, index) ? context.nextNonBlank(index + 1) : index
    const table = readPipeTable(context, start)
    const plans = table && planAttendanceTable(context, table)
    if (table && plans) {
      return { nodes: attendanceListsOf(context, table, plans, start), next: table.next }
    }
    const plan = planOf(context, start)
    if (!plan) throw new Error(`Line ${index + 1} does not open an attendance list.`)
    return { nodes: [attendanceListOf(context, plan, start)], next: plan.next }
  },
}

/** An "Attendance" heading with attendance lists, or a table of them, under it. */
function headsAttendance(context: ImportContext, index: number): boolean {
  const line = context.line(index)
  if (line?.shape.kind !== 'heading' || plainText(line.shape.text).trim() !== attendanceHeading) {
    return false
  }
  const start = context.nextNonBlank(index + 1)
  const table = readPipeTable(context, start)
  return table
    ? planAttendanceTable(context, table) !== undefined
    : planOf(context, start) !== undefined
}

function planOf(
  context: ImportContext,
  index: number,
): (AttendancePlan & { next: number }) | undefined {
  const line = context.line(index)
  const label = labelOf(line)
  const text = line?.shape.kind === 'text' ? plainText(line.text) : ''
  const match = headed.exec(text) ?? receivedFrom.exec(text) ?? undefined
  const written = label ?? match?.[1]?.trim() ?? ''
  if (!line || (!match && label === undefined)) return undefined
  const rest = label === undefined ? (match?.[2]?.trim() ?? '') : ''
  const { entries, next } =
    rest === ''
      ? entryLines(context, context.nextNonBlank(index + 1))
      : wrappedEntries(context, index, rest)
  const source = context.lines
    .slice(index, next)
    .map((consumed) => consumed.text)
    .join('\n')
  const plan = planAttendance(context, written, entries, source)
  return plan && { ...plan, next }
}

/**
 * A list's heading standing alone, as a Markdown heading or a line of its own ("## Present",
 * "Apologies", "**In attendance:**"): its words without the colon.
 */
function labelOf(line: Line | undefined): string | undefined {
  const text =
    line?.shape.kind === 'heading'
      ? line.shape.text
      : line?.shape.kind === 'text'
        ? line.text
        : undefined
  const label = text === undefined ? '' : plainText(text).replace(/:$/, '').trim()
  return label !== '' && attendanceKindOf(label) ? label : undefined
}

/** The entries on the heading's line and on lines it runs onto ("…, Baroness Blood,"). */
function wrappedEntries(context: ImportContext, index: number, rest: string) {
  const pieces = [rest]
  let next = index + 1
  for (let line = context.line(next); line?.shape.kind === 'text'; line = context.line(next)) {
    if (!/(?:,|\band|&)$/.test(pieces.at(-1) ?? '')) break
    pieces.push(plainText(line.text))
    next++
  }
  return { entries: splitPeopleList(pieces.join(' ')), next }
}

/** People listed one or more to a line, or as bullets, under a heading that stands alone. */
function entryLines(context: ImportContext, index: number) {
  const entries: ListedPerson[] = []
  let next = index
  for (let line: Line | undefined = context.line(next); line; line = context.line(next)) {
    if (line.shape.kind !== 'text' && line.shape.kind !== 'listItem') break
    const text = plainText(line.shape.kind === 'listItem' ? line.shape.text : line.text)
    const listed = readAttendeeLine(text)
    if (text.endsWith(':') || listed.length === 0 || !listed.every(isSomeone)) break
    entries.push(...listed)
    next++
  }
  return { entries, next }
}
