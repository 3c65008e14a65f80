import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { splitPeopleList } from '../people/splitPeopleList'
import type { PipeTable } from '../table/readPipeTable'
import { type AttendancePlan, attendanceListOf, planAttendance } from './planAttendance'

/**
 * A table of attendance lists, one to a row ("Present | A, B and C"), its first row included
 * (such a table has no heading row): each row a list, or the table is none.
 */
export function planAttendanceTable(
  context: ImportContext,
  table: PipeTable,
): AttendancePlan[] | undefined {
  const rows = [table.header, ...table.rows.map((row) => row.cells)]
  const plans: AttendancePlan[] = []
  for (const [heading = '', people = '', ...rest] of rows) {
    if (rest.some((cell) => cell !== '')) return undefined
    const written = plainText(heading).replace(/:$/, '').trim()
    const plan = planAttendance(
      context,
      written,
      splitPeopleList(plainText(people)),
      `${heading}\n${people}`,
    )
    if (!plan) return undefined
    plans.push(plan)
  }
  return plans
}

/** The planned lists, their people now in the register. */
export function attendanceListsOf(
  context: ImportContext,
  table: PipeTable,
  plans: readonly AttendancePlan[],
  index: number,
): JSONContent[] {
  const rows = [index, ...table.rows.map((row) => row.index)]
  return plans.map((plan, row) => attendanceListOf(context, plan, rows[row] ?? index))
}
