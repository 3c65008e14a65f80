import { describeMeetingDetails, readMeetingDetailsAttributes } from '@minutes/schema'
import type { BlockBuilder } from './BlockBuilder'

/** Date, time, place and session as printed minutes give them. */
export const buildMeetingDetails: BlockBuilder = (node) => {
  const details = readMeetingDetailsAttributes(node)
  return {
    type: 'meetingDetails',
    lines: describeMeetingDetails(details),
    bookingNote: details.bookingNote || null,
    seriesTitle: details.seriesTitle || null,
  }
}
