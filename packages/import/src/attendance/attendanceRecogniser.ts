import { type AttendanceKind, attendanceKindLabels, type Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { paragraphOf } from '../blocks/paragraphOf'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import type { Line } from '../lines/splitLines'
import { plainText } from '../markdown/plainText'
import { missingWords } from '../missingWords'
import { normaliseName } from '../people/nameForms'
import { type ListedPerson, splitPeopleList } from '../people/splitPeopleList'
import { describeAttendance } from './describeAttendance'

const headed = /^([^:]{2,60}?)\s*:\s*(.*)$/
const kinds: [AttendanceKind, RegExp][] = [
  ['apologies', /^apologies(?: for absence)?(?: (?:were )?received(?: from)?)?$/i],
  ['absent', /^(?:absent|absentees|not present|absent without apolog(?:y|ies))$/i],
  ['speakers', /^(?:speakers?|witnesses|presenters|guest speakers)$/i],
  [
    'members',
    /^(?:members(?: in attendance| present| attending)?|present|attendees|attendance|(?:councillors|governors|trustees|directors|those) present)$/i,
  ],
  [
    'inAttendance',
    /^(?:in attendance|also (?:in attendance|present|attending)|officers(?: present| in attendance)?|.{1,50} in attendance)$/i,
  ],
]
const nobody = /^(?:none|nil|n\/a|no apologies)$/i

interface Plan {
  kind: AttendanceKind
  /** The heading where it is not the kind's usual one. */
  label: string | null
  written: string
  attendees: ListedPerson[]
  /** Entries that name no one, or someone already listed. */
  others: string[]
  next: number
}

/**
 * "Members in attendance:", "Present:", "Speakers:", "Apologies:", "Absent:", "… in attendance:"
 * and their people, on the line or listed under it. Entries that name no one ("4 members of
 * the public") follow the list as a paragraph; a list whose words the printed list and that
 * paragraph could not give back is left as text.
 */
export const attendanceRecogniser: Recogniser = {
  kind: 'attendanceList',

  startsAt: (context, index) => planOf(context, index) !== undefined,

  read: (context, index) => {
    const plan = planOf(context, index)
    if (!plan) throw new Error(`Line ${index + 1} does not open an attendance list.`)
    const attendees = plan.attendees.map((entry) => ({
      type: 'attendee',
      attrs: { personId: context.people.add(entry.mention).id },
    }))
    context.recognise('attendanceList', `${plan.written} (${attendees.length})`, index)
    const list = {
      type: 'attendanceList',
      attrs: { kind: plan.kind, label: plan.label },
      content: attendees,
    }
    const nodes: JSONContent[] =
      plan.others.length > 0
        ? [list, paragraphOf([plan.others.join(', ')], context.format)]
        : [list]
    return { nodes, next: plan.next }
  },
}

function planOf(context: ImportContext, index: number): Plan | undefined {
  const line = context.line(index)
  const match = line?.shape.kind === 'text' ? headed.exec(plainText(line.text)) : undefined
  const written = match?.[1]?.trim() ?? ''
  const kind = kinds.find(([, pattern]) => pattern.test(written))?.[0]
  if (!line || !kind) return undefined
  const rest = match?.[2]?.trim() ?? ''
  const { entries, next } =
    rest === '' ? entryLines(context, index + 1) : wrappedEntries(context, index, rest)

  const attendees: ListedPerson[] = []
  const people: Person[] = []
  const others: string[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const person = isSomeone(entry) ? context.people.preview(entry.mention) : undefined
    const key = person && normaliseName(person.name)
    // A list holds each person once; a repeated entry stays as text, so no word is lost.
    if (!person || !key || seen.has(key)) {
      others.push(entry.text)
      continue
    }
    seen.add(key)
    attendees.push(entry)
    people.push(person)
  }
  if (attendees.length === 0) return undefined
  const standard = attendanceKindLabels[kind]
  const label = written.toLowerCase() === standard.toLowerCase() ? null : written
  const source = context.lines
    .slice(index, next)
    .map((consumed) => consumed.text)
    .join('\n')
  const printed = `${describeAttendance(label ?? standard, people)}\n${others.join(', ')}`
  if (missingWords(source, printed).length > 0) return undefined
  return { kind, label, written, attendees, others, next }
}

function isSomeone(entry: ListedPerson): boolean {
  return entry.isName && !nobody.test(entry.mention.name)
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
    const listed = splitPeopleList(text)
    if (text.endsWith(':') || listed.length === 0 || !listed.every(isSomeone)) break
    entries.push(...listed)
    next++
  }
  return { entries, next }
}
