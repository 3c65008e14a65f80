import type { MeetingDetailsAttributes } from '../meeting-details/MeetingDetails'

/** The details of one evidence session, every value filled but the minutes' own labels. */
export function evidenceSessionDetails(): MeetingDetailsAttributes {
  return {
    date: '2014-05-06',
    startTime: '16:30',
    endTime: '18:15',
    place: 'Committee Room 4A, House of Lords',
    bookingNote: 'booked in the name of Baroness Massey of Darwen',
    seriesTitle: 'Inquiry into the educational attainment of looked after children',
    sessionLabel: 'Oral evidence session',
    sessionNumber: '2',
    sessionTitle: 'Virtual school heads',
    dateLabel: null,
    timeLabel: null,
    nextDate: '2014-05-20',
  }
}
