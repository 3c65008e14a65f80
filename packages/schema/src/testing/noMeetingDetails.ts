import type { MeetingDetailsAttributes } from '../meeting-details/MeetingDetails'

/** Meeting details with every attribute empty. */
export function noMeetingDetails(): MeetingDetailsAttributes {
  return {
    date: null,
    startTime: null,
    endTime: null,
    place: null,
    bookingNote: null,
    seriesTitle: null,
    sessionLabel: null,
    sessionNumber: null,
    sessionTitle: null,
    dateLabel: null,
    timeLabel: null,
    nextDate: null,
  }
}
