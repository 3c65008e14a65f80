import type { Person } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { findDate } from '../meeting-details/findDate'
import { isPersonName } from '../people/isPersonName'
import { parsePersonMention } from '../people/parsePersonMention'
import { readPerson } from '../people/readPerson'

export interface ParsedAction {
  owner: Person | undefined
  /** yyyy-mm-dd */
  dueDate: string | null
}

const label = /^(?:actions?|action points?)\s*(?:\([^)]*\))?\s*[:–-]\s*/i
// A task list's box, "[ ] Update the page (@jreyes)", and the handle it is assigned to.
const checkbox = /^\[[ xX]\]\s+/
const trailingHandle = /\((@[\w.-]{1,39})\)$/
const ownerFirst = /^(.{1,60}?)\s+(?:to|will)\s+\p{Ll}/u
const deadline = /\b(?:by|due(?:\s+(?:by|on))?|before|deadline:?)\s+(.+)$/i

/**
 * Who must act and by when, from "Action: Priya to circulate the draft by 12 March 2025".
 * An owner named for the first time joins the register; a role ("Clerk") finds its holder.
 */
export function parseAction(context: ImportContext, text: string): ParsedAction {
  const body = text.replace(label, '').replace(checkbox, '')
  const ownerText =
    ownerFirst
      .exec(body)?.[1]
      ?.split(/\s*(?:,|\band\b|&|\/)\s*/)[0]
      ?.trim() ?? ''
  const handle = trailingHandle.exec(body)?.[1] ?? ''
  return {
    owner: readPerson(context, ownerText) ?? readPerson(context, handle),
    dueDate: dueDateOf(context, body.replace(trailingHandle, '').trimEnd()),
  }
}

/** Whether `text` reads as an action without a label: "Owen Davies to confirm …". */
export function namesOwner(context: ImportContext, text: string): boolean {
  if (trailingHandle.test(text)) return true
  const ownerText = ownerFirst.exec(text.replace(label, '').replace(checkbox, ''))?.[1] ?? ''
  const mention = parsePersonMention(ownerText)
  return (
    label.test(text) ||
    context.people.findByRole(ownerText) !== undefined ||
    context.people.find(mention) !== undefined ||
    (isPersonName(mention.name) && mention.name.split(' ').length <= 4)
  )
}

function dueDateOf(context: ImportContext, body: string): string | null {
  const tail = deadline.exec(body)?.[1]
  return tail ? readDueDate(context, tail) : null
}

/** The date a due date's wording gives ("12 March", "19/03/2025"), in the year after the meeting where that is meant. */
export function readDueDate(context: ImportContext, tail: string): string | null {
  const meeting = context.meetingDate
  const meetingYear = meeting ? Number(meeting.slice(0, 4)) : undefined
  const found = findDate(tail, meetingYear)
  if (!found) return null
  const yearWritten = /\b\d{4}\b|\/\d{2}\b/.test(
    tail.slice(found.index, found.index + found.length),
  )
  // "by 12 January" at a December meeting means the January after it.
  if (!yearWritten && meeting && meetingYear && found.iso < meeting) {
    return `${meetingYear + 1}${found.iso.slice(4)}`
  }
  return found.iso
}
