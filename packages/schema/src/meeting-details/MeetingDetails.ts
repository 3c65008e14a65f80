import { mergeAttributes, Node } from '@tiptap/core'
import { dataAttribute } from '../shared/attributes'
import {
  type AttributeCheck,
  clockTime,
  isoDate,
  optional,
  text,
} from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'
import { describeMeetingDetails } from './describeMeetingDetails'

export interface MeetingDetailsAttributes {
  /** ISO date, yyyy-mm-dd. */
  date: string | null
  /** 24-hour hh:mm. */
  startTime: string | null
  endTime: string | null
  place: string | null
  /** For example "booked in the name of Baroness Massey". */
  bookingNote: string | null
  /** The series or inquiry this meeting belongs to. */
  seriesTitle: string | null
  /** How the minutes name a session: "Oral evidence session". */
  sessionLabel: string | null
  sessionNumber: string | null
  sessionTitle: string | null
  /** The date as the minutes wrote it ("6 May 2014", "Date: 6/5/14"), shown in place of `date` formatted. */
  dateLabel: string | null
  /** The time as the minutes wrote it ("10am to 12 noon"), shown in place of the times formatted. */
  timeLabel: string | null
  /** ISO date of the next meeting, printed as "Next meeting: …". */
  nextDate: string | null
}

export const meetingDetailsKeys = [
  'date',
  'startTime',
  'endTime',
  'place',
  'bookingNote',
  'seriesTitle',
  'sessionLabel',
  'sessionNumber',
  'sessionTitle',
  'dateLabel',
  'timeLabel',
  'nextDate',
] as const satisfies readonly (keyof MeetingDetailsAttributes)[]

export const meetingDetailsAttributeChecks = {
  date: optional(isoDate),
  startTime: optional(clockTime),
  endTime: optional(clockTime),
  place: optional(text()),
  bookingNote: optional(text()),
  seriesTitle: optional(text()),
  sessionLabel: optional(text()),
  sessionNumber: optional(text()),
  sessionTitle: optional(text()),
  dateLabel: optional(text()),
  timeLabel: optional(text()),
  nextDate: optional(isoDate),
} satisfies Record<(typeof meetingDetailsKeys)[number], AttributeCheck>

export function readMeetingDetailsAttributes({
  attrs = {},
}: WithAttributes): MeetingDetailsAttributes {
  const read = (key: (typeof meetingDetailsKeys)[number]) =>
    readOptionalText(attrs[key], meetingDetailsAttributeChecks[key])
  return {
    date: read('date'),
    startTime: read('startTime'),
    endTime: read('endTime'),
    place: read('place'),
    bookingNote: read('bookingNote'),
    seriesTitle: read('seriesTitle'),
    sessionLabel: read('sessionLabel'),
    sessionNumber: read('sessionNumber'),
    sessionTitle: read('sessionTitle'),
    dateLabel: read('dateLabel'),
    timeLabel: read('timeLabel'),
    nextDate: read('nextDate'),
  }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    meetingDetails: {
      insertMeetingDetails: (attributes?: Partial<MeetingDetailsAttributes>) => ReturnType
      updateMeetingDetails: (attributes: Partial<MeetingDetailsAttributes>) => ReturnType
    }
  }
}

const dataName = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/** When and where the meeting took place, and which series or inquiry it belongs to. */
export const MeetingDetails = Node.create({
  name: 'meetingDetails',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return Object.fromEntries(
      meetingDetailsKeys.map((key) => [
        key,
        dataAttribute(key, dataName(key), meetingDetailsAttributeChecks[key]),
      ]),
    )
  },

  parseHTML() {
    return [{ tag: 'div[data-type="meeting-details"]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const lines = describeMeetingDetails(readMeetingDetailsAttributes(node))
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'meeting-details', class: 'meeting-details' }),
      ...lines.map((line) => ['p', line]),
    ]
  },

  addCommands() {
    return {
      insertMeetingDetails:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
      updateMeetingDetails:
        (attributes) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attributes),
    }
  },
})
