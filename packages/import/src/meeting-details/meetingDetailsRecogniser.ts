import {
  describeMeetingDetails,
  formatMeetingDate,
  formatTimeRange,
  type MeetingDetailsAttributes,
} from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { headingOf } from '../blocks/headingOf'
import { paragraphOf } from '../blocks/paragraphOf'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { missingWords } from '../missingWords'
import { isNextMeetingAnnouncement } from '../next-meeting/nextMeetingDate'
import { findDate } from './findDate'
import { noDetails } from './noDetails'
import { parseDetailsLine } from './parseDetailsLine'

/**
 * When and where: a date line and the lines after it (times and place, booking note, series
 * title, session). A date or time that its formatted form would not say word for word
 * ("6 May 2014" prints as "Tuesday 6th May 2014") is kept as written in `dateLabel` or
 * `timeLabel`; a line whose wording the details still cannot print again fills them, and is
 * kept besides as a paragraph.
 */
export const meetingDetailsRecogniser: Recogniser = {
  kind: 'meetingDetails',

  startsAt: (context, index) =>
    !context.hasDetails &&
    !isUnderNextMeeting(context, index) &&
    (!!parseDetailsLine(context, index, !context.hasBody)?.date ||
      titleDateOf(context, index) !== undefined),

  read: (context, index) => {
    const titleDate = titleDateOf(context, index)
    const line = context.line(index)
    if (titleDate && line?.shape.kind === 'heading') {
      // "# Docs Working Group — 2025-05-14": the title stays as written; the date is the meeting's.
      const details = { ...noDetails(), date: titleDate }
      context.hasDetails = true
      context.meetingDate = titleDate
      context.recognise('meetingDetails', describeMeetingDetails(details).join(', '), index)
      context.details = { type: 'meetingDetails', attrs: details }
      return {
        nodes: [headingOf(line.shape.level, line.shape.text, context.format), context.details],
        next: index + 1,
      }
    }
    const details = noDetails()
    const kept: JSONContent[] = []
    let current = index
    for (let start = index; start < context.lines.length; start = context.nextNonBlank(current)) {
      const line = context.line(start)
      const parsed = parseDetailsLine(context, start, start === index && !context.hasBody)
      if (!line || !parsed || overlaps(details, parsed)) break
      const labelled = { ...parsed, ...labelsNeeded(parsed) }
      const printed = describeMeetingDetails({ ...noDetails(), ...labelled }).join('\n')
      if (missingWords(line.text, printed).length > 0) {
        Object.assign(details, {
          ...parsed,
          ...(parsed.date ? { dateLabel: null } : {}),
          ...(parsed.startTime ? { timeLabel: null } : {}),
        })
        kept.push(paragraphOf([line.text], context.format))
      } else {
        Object.assign(details, labelled)
      }
      current = start + 1
    }
    context.hasDetails = true
    context.meetingDate = details.date
    context.recognise('meetingDetails', describeMeetingDetails(details).join(', '), index)
    context.details = { type: 'meetingDetails', attrs: { ...details } }
    return { nodes: [context.details, ...kept], next: current }
  },
}

/** The date in the document's title, a first-level heading that opens the minutes. */
function titleDateOf(context: ImportContext, index: number): string | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'heading' || line.shape.level !== 1 || context.hasBody) return undefined
  return findDate(plainText(line.shape.text))?.iso
}

/** Whether the line gives the date of the next meeting, under a heading or label saying so. */
function isUnderNextMeeting(context: ImportContext, index: number): boolean {
  const text = plainText(context.line(index)?.text ?? '')
  return (
    /^(?:date of )?next meeting\b/i.test(text) ||
    isNextMeetingAnnouncement(context, context.previousNonBlank(index))
  )
}

/** The wording of the date and time where their formatted forms would drop some of it. */
function labelsNeeded(parsed: Partial<MeetingDetailsAttributes>) {
  const { date, dateLabel, startTime, endTime, timeLabel } = parsed
  const isNeeded = (written: string | null | undefined, printed: string) =>
    written && missingWords(written, printed).length > 0 ? written : null
  return {
    ...(date ? { dateLabel: isNeeded(dateLabel, formatMeetingDate(date)) } : {}),
    ...(startTime
      ? { timeLabel: isNeeded(timeLabel, formatTimeRange(startTime, endTime ?? null)) }
      : {}),
  }
}

/** Whether a line would overwrite what an earlier line said: then it is not part of the run. */
function overlaps(
  details: MeetingDetailsAttributes,
  parsed: Partial<MeetingDetailsAttributes>,
): boolean {
  return Object.entries(parsed).some(
    ([key, value]) => value !== null && details[key as keyof MeetingDetailsAttributes] !== null,
  )
}
