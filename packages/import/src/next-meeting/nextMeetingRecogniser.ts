import { describeMeetingDetails } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { paragraphOf } from '../blocks/paragraphOf'
import type { Recogniser } from '../context/Recogniser'
import { noDetails } from '../meeting-details/noDetails'
import { missingWords } from '../missingWords'
import { nextMeetingDate } from './nextMeetingDate'

/**
 * "Next meeting: Tuesday 3 June 2025", or a date under a "Date of next meeting" heading or
 * item: the date becomes the meeting details' `nextDate` (details made here if the minutes
 * gave none before). A line that says more than the details print ("… at 7pm in the Hall")
 * is kept besides, as written.
 */
export const nextMeetingRecogniser: Recogniser = {
  kind: 'nextMeeting',

  startsAt: (context, index) => {
    const found = nextMeetingDate(context, index)
    return found !== undefined && typeof context.details?.attrs?.nextDate !== 'string'
  },

  read: (context, index) => {
    const line = context.line(index)
    const found = nextMeetingDate(context, index)
    const nodes: JSONContent[] = []
    if (!line || !found) return { nodes, next: index + 1 }
    let details = context.details
    if (!details) {
      details = { type: 'meetingDetails', attrs: noDetails() }
      context.details = details
      context.hasDetails = true
      nodes.push(details)
    }
    details.attrs = { ...details.attrs, nextDate: found.iso }
    const printed = describeMeetingDetails({ ...noDetails(), nextDate: found.iso }).join('\n')
    if (missingWords(line.text, printed).length > 0) {
      nodes.push(paragraphOf([line.text], context.format))
    }
    context.recognise('nextMeeting', printed, index)
    return { nodes, next: index + 1 }
  },
}
