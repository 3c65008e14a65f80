import { workflowStatusLabels } from '@minutes/permissions'
import type { SeriesMeeting } from '@minutes/protocol'
import { formatMeetingDate } from '@minutes/schema'
import { Link } from '../shared/navigation/Link'
import { editorPath } from '../shared/navigation/matchRoute'
import '../collaboration/documentStatusBadge.css'
import './series.css'

/** A series' meetings in order: date, minutes, status and what each holds. */
export function MeetingTable({ meetings }: { meetings: readonly SeriesMeeting[] }) {
  return (
    <table className="meeting-table">
      <caption>Meetings, in order</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Minutes</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">
            Recommendations
          </th>
          <th scope="col" className="number">
            Decisions
          </th>
          <th scope="col" className="number">
            Open actions
          </th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id}>
            <td>
              {meeting.date ? (
                <time dateTime={meeting.date}>{formatMeetingDate(meeting.date)}</time>
              ) : (
                <span className="quiet">No date</span>
              )}
            </td>
            <th scope="row">
              <Link href={editorPath(meeting.id)}>{meeting.title || 'Untitled'}</Link>
            </th>
            <td>
              <span className="status-badge" data-status={meeting.status}>
                {workflowStatusLabels[meeting.status]}
              </span>
            </td>
            <td className="number">{meeting.counts.recommendations}</td>
            <td className="number">{meeting.counts.decisions}</td>
            <td className="number">
              {meeting.counts.openActions} of {meeting.counts.actions}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
