import { type MeetingDetailsAttributes, meetingDetailsKeys } from '@minutes/schema'

/** Meeting details with every attribute empty, for recognisers to fill. */
export function noDetails(): MeetingDetailsAttributes {
  return Object.fromEntries(
    meetingDetailsKeys.map((key) => [key, null]),
  ) as unknown as MeetingDetailsAttributes
}
