import {
  attendanceHeading,
  attendanceKindLabels,
  describeAttendee,
  readAttendanceListAttributes,
  readAttendeeAttributes,
} from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { RenderContext } from '../RenderContext'
import type { AttendanceGroup, Block, PersonRef } from '../RenderModel'

/** Consecutive attendance lists go under one "Attendance" heading. */
export function appendAttendanceList(
  walked: Block[],
  list: ProseMirrorNode,
  context: RenderContext,
  minimumLevel: number,
): void {
  let attendance = walked.at(-1)
  if (attendance?.type !== 'attendance') {
    const level = context.headings.next(2, minimumLevel)
    attendance = { type: 'attendance', level, heading: attendanceHeading, lists: [] }
    walked.push(attendance)
  }
  attendance.lists.push(attendanceGroup(list, context, attendance.level + 1))
}

function attendanceGroup(
  list: ProseMirrorNode,
  context: RenderContext,
  minimumLevel: number,
): AttendanceGroup {
  const { kind, label, note } = readAttendanceListAttributes(list)
  const people: PersonRef[] = []
  list.forEach((attendee) => {
    const { personId } = readAttendeeAttributes(attendee)
    people.push(context.person(personId, 'Unnamed person', describeAttendee))
  })
  return {
    kind,
    label: label ?? attendanceKindLabels[kind],
    level: context.headings.next(minimumLevel, minimumLevel),
    people,
    note: note || null,
  }
}
