import type { MeetingDetailsAttributes } from '@minutes/schema'

/**
 * The date and time as the minutes wrote them stand in for the formatted ones; once someone
 * edits the date or a time, the old wording would hide the new value, so it goes.
 */
export function withoutStaleLabels(
  changes: Partial<MeetingDetailsAttributes>,
): Partial<MeetingDetailsAttributes> {
  const next = { ...changes }
  if ('date' in changes) next.dateLabel = null
  if ('startTime' in changes || 'endTime' in changes) next.timeLabel = null
  return next
}
