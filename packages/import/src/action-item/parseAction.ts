import type { Person } from '@minutes/schema'
import type { ImportContext } from '../context/ImportContext'
import { findDate } from '../meeting-details/findDate'
import { isPersonName } from '../people/isPersonName'
import { isRoleName } from '../people/isRoleName'
import { parsePersonMention } from '../people/parsePersonMention'

export interface ParsedAction {
  owner: Person | undefined
  /** yyyy-mm-dd */
  dueDate: string | null
}

const label = /^(?:actions?|action points?)\s*(?:\([^)]*\))?\s*[:–-]\s*/i
const ownerFirst = /^(.{1,60}?)\s+(?:to|will)\s+\p{Ll}/u
const deadline = /\b(?:by|due(?:\s+(?:by|on))?|before|deadline:?)\s+(.+)$/i
const everyone = /^(?:all|everyone|everybody|all members|members)$/i

/**
 * Who must act and by when, from "Action: Priya to circulate the draft by 12 March 2025".
 * An owner named for the first time joins the register; a role ("Clerk") finds its holder.
 */
export function parseAction(context: ImportContext, text: string): ParsedAction {
  const body = text.replace(label, '')
  const ownerText =
    ownerFirst
      .exec(body)?.[1]
      ?.split(/\s*(?:,|\band\b|&|\/)\s*/)[0]
      ?.trim() ?? ''
  return { owner: ownerOf(context, ownerText), dueDate: dueDateOf(context, body) }
}

/** Whether `text` reads as an action without a label: "Owen Davies to confirm …". */
export function namesOwner(context: ImportContext, text: string): boolean {
  const ownerText = ownerFirst.exec(text.replace(label, ''))?.[1] ?? ''
  const mention = parsePersonMention(ownerText)
  return (
    label.test(text) ||
    context.people.findByRole(ownerText) !== undefined ||
    context.people.find(mention) !== undefined ||
    (isPersonName(mention.name) && mention.name.split(' ').length <= 4)
  )
}

function ownerOf(context: ImportContext, text: string): Person | undefined {
  if (text === '' || everyone.test(text)) return undefined
  const role = text.replace(/^the\s+/i, '')
  if (isRoleName(role)) return context.people.findByRole(role)
  const mention = parsePersonMention(text)
  const known = context.people.find(mention)
  if (known) return known
  return isPersonName(mention.name) ? context.people.add(mention) : undefined
}

function dueDateOf(context: ImportContext, body: string): string | null {
  const tail = deadline.exec(body)?.[1]
  if (!tail) return null
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
