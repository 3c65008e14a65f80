import { type AttendanceKind, attendanceKindLabels, type Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import { missingWords } from '../missingWords'
import { normaliseName } from '../people/nameForms'
import type { ListedPerson } from '../people/splitPeopleList'
import { describeAttendance } from './describeAttendance'

const kinds: [AttendanceKind, RegExp][] = [
  ['apologies', /^(?:apologies(?: for absence)?(?: (?:were )?received(?: from)?)?|regrets)$/i],
  ['absent', /^(?:absent|absentees|not present|absent without apolog(?:y|ies))$/i],
  ['speakers', /^(?:speakers?|witnesses|presenters|guest speakers)$/i],
  [
    'members',
    /^(?:members(?: in attendance| present| attending)?|present|attendees|attending|attendance|(?:councillors|governors|trustees|directors|those)(?: present)?)$/i,
  ],
  [
    'inAttendance',
    /^(?:in attendance|also (?:in attendance|present|attending)|officers(?: present| in attendance)?|guests|observers|.{1,50} in attendance)$/i,
  ],
]
const nobody = /^(?:none|nil|n\/a|no apologies)$/i

export interface AttendancePlan {
  kind: AttendanceKind
  /** The heading where it is not the kind's usual one. */
  label: string | null
  written: string
  attendees: ListedPerson[]
  /** Entries that name no one, or someone already listed: the list's note. */
  note: string | null
}

/** The kind of list a heading such as "Present" or "Apologies for absence" opens. */
export function attendanceKindOf(heading: string): AttendanceKind | undefined {
  return kinds.find(([, pattern]) => pattern.test(heading))?.[0]
}

/**
 * The list that `entries` under the heading `written` make, where it names someone and its
 * printed form gives back every word of `source`, the text it was read from. Nobody is added
 * to the register until the list is made.
 */
export function planAttendance(
  context: ImportContext,
  written: string,
  entries: readonly ListedPerson[],
  source: string,
): AttendancePlan | undefined {
  const kind = attendanceKindOf(written)
  if (!kind) return undefined
  const attendees: ListedPerson[] = []
  const people: Person[] = []
  const others: string[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const isSomeone = entry.isName && !nobody.test(entry.mention.name)
    const person = isSomeone ? context.people.preview(entry.mention) : undefined
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
  const note = others.length > 0 ? others.join(', ') : null
  const printed = describeAttendance(label ?? standard, people, note)
  if (missingWords(source, printed).length > 0) return undefined
  return { kind, label, written, attendees, note }
}

/** The planned list, its people now in the register. */
export function attendanceListOf(
  context: ImportContext,
  plan: AttendancePlan,
  index: number,
): JSONContent {
  const attendees = plan.attendees.map((entry) => ({
    type: 'attendee',
    attrs: { personId: context.people.add(entry.mention).id },
  }))
  context.recognise('attendanceList', `${plan.written} (${attendees.length})`, index)
  return {
    type: 'attendanceList',
    attrs: { kind: plan.kind, label: plan.label, note: plan.note },
    content: attendees,
  }
}

/** Whether a list entry names someone rather than "None". */
export function isSomeone(entry: ListedPerson): boolean {
  return entry.isName && !nobody.test(entry.mention.name)
}
