import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { findDate } from '../meeting-details/findDate'

// "Next meeting: …", "Date of next meeting – …", "The next meeting will be held on …".
const inline =
  /^(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?next\s+meeting(?:\s*[:–—-])?\s*(?:will\s+be\s+|is\s+|to\s+be\s+)?(?:held\s+)?(?:on\s+)?(.*)$/i
// A heading, label or agenda item that announces it: "## Next meeting", "9. Date of next meeting".
const announcement = /^[\W\d]*(?:date\s+of\s+)?(?:the\s+)?next\s+meeting\W*$/i
// How far into the rest of the line the date may start: "On Tuesday …". Further in, the
// date is of something else ("the next meeting’s papers close on …").
const maxLeadLength = 3

export interface NextMeetingDate {
  iso: string
  /** Whether the date is on a line of its own under a heading or label announcing the next meeting. */
  isUnderAnnouncement: boolean
}

/** Whether the line announces the next meeting without giving its date. */
export function isNextMeetingAnnouncement(context: ImportContext, index: number): boolean {
  const line = context.line(index)
  if (!line) return false
  return announcement.test(plainText(line.shape.kind === 'heading' ? line.shape.text : line.text))
}

/** The date of the next meeting a plain line gives, by its own words or under an announcement. */
export function nextMeetingDate(
  context: ImportContext,
  index: number,
): NextMeetingDate | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'text') return undefined
  const text = plainText(line.text, context.format)
  const year = context.meetingDate ? Number(context.meetingDate.slice(0, 4)) : undefined
  const rest = inline.exec(text)?.[1]
  if (rest !== undefined) {
    const found = findDate(rest, year)
    return found && found.index <= maxLeadLength
      ? { iso: found.iso, isUnderAnnouncement: false }
      : undefined
  }
  if (!isNextMeetingAnnouncement(context, context.previousNonBlank(index))) return undefined
  const found = findDate(text, year)
  return found && found.index <= maxLeadLength
    ? { iso: found.iso, isUnderAnnouncement: true }
    : undefined
}
