import {
  describeMeetingDetails,
  type MeetingDetailsAttributes,
  meetingDetailsKeys,
} from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { paragraphOf } from '../blocks/paragraphOf'
import type { Recogniser } from '../context/Recogniser'
import { missingWords } from '../missingWords'
import { parseDetailsLine } from './parseDetailsLine'

/**
 * When and where: a date line and the lines after it (times and place, booking note, series
 * title, session). A line whose wording the details cannot print again ("6 May 2014" prints
 * as "Tuesday 6th May 2014") still fills them, and is kept besides as a paragraph.
 */
export const meetingDetailsRecogniser: Recogniser = {
  kind: 'meetingDetails',

  startsAt: (context, index) =>
    !context.hasDetails && !!parseDetailsLine(context, index, !context.hasBody)?.date,

  read: (context, index) => {
    const details = emptyDetails()
    const kept: JSONContent[] = []
    let current = index
    for (let start = index; start < context.lines.length; start = context.nextNonBlank(current)) {
      const line = context.line(start)
      const parsed = parseDetailsLine(context, start, start === index && !context.hasBody)
      if (!line || !parsed || overlaps(details, parsed)) break
      Object.assign(details, parsed)
      const printed = describeMeetingDetails({ ...emptyDetails(), ...parsed }).join('\n')
      if (missingWords(line.text, printed).length > 0)
        kept.push(paragraphOf([line.text], context.format))
      current = start + 1
    }
    context.hasDetails = true
    context.meetingDate = details.date
    context.recognise('meetingDetails', describeMeetingDetails(details).join(', '), index)
    return { nodes: [{ type: 'meetingDetails', attrs: { ...details } }, ...kept], next: current }
  },
}

function emptyDetails(): MeetingDetailsAttributes {
  return Object.fromEntries(
    meetingDetailsKeys.map((key) => [key, null]),
  ) as unknown as MeetingDetailsAttributes
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
