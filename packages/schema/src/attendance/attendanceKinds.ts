export const attendanceKinds = [
  'members',
  'speakers',
  'inAttendance',
  'apologies',
  'absent',
] as const
export type AttendanceKind = (typeof attendanceKinds)[number]

/** The heading each list gets unless the minutes name it otherwise. */
export const attendanceKindLabels: Record<AttendanceKind, string> = {
  members: 'Members in attendance',
  speakers: 'Speakers',
  inAttendance: 'In attendance',
  apologies: 'Apologies',
  absent: 'Absent',
}

/** The heading printed minutes set over their attendance lists. */
export const attendanceHeading = 'Attendance'
