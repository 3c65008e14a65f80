import { readActionColumns } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { readActionTable } from '../action-item/readActionTable'
import { attendanceListsOf, planAttendanceTable } from '../attendance/planAttendanceTable'
import type { ImportContext } from '../context/ImportContext'
import type { Recogniser } from '../context/Recogniser'
import { plainText } from '../markdown/plainText'
import { cellParagraphs } from './cellParagraphs'
import { type PipeTable, readPipeTable } from './readPipeTable'

/**
 * Pipe tables ("| Item | Cost |" over "|---|---|"). One whose headings are an action table's
 * (Action, Owner or Who, Due or By, Status) becomes action items, one whose rows are
 * attendance lists ("Present | A, B and C") becomes those lists; any other stays a table.
 */
export const tableRecogniser: Recogniser = {
  kind: 'table',

  startsAt: (context, index) => readPipeTable(context, index) !== undefined,

  read: (context, index) => {
    const table = readPipeTable(context, index)
    if (!table) throw new Error(`Line ${index + 1} does not open a table.`)
    const columns = actionColumnsOf(table)
    if (columns) return { nodes: readActionTable(context, table, columns), next: table.next }
    const attendance = planAttendanceTable(context, table)
    if (attendance) {
      return { nodes: attendanceListsOf(context, table, attendance, index), next: table.next }
    }
    context.recognise('table', table.header.map((cell) => plainText(cell)).join(' | '), index)
    return { nodes: [tableNode(context, table)], next: table.next }
  },
}

/** Whether the table at `index` holds actions or attendance, which belong to the meeting, not to a section. */
export function isMeetingTable(context: ImportContext, index: number): boolean {
  const table = readPipeTable(context, index)
  return (
    table !== undefined &&
    (actionColumnsOf(table) !== undefined || planAttendanceTable(context, table) !== undefined)
  )
}

/** An action table's columns, where no row has a cell beyond them that the actions would drop. */
function actionColumnsOf(table: PipeTable) {
  const columns = readActionColumns(table.header.map((cell) => plainText(cell)))
  const fits = table.rows.every((row) =>
    row.cells.slice(table.header.length).every((cell) => cell === ''),
  )
  return columns && fits && table.rows.length > 0 ? columns : undefined
}

function tableNode(context: ImportContext, table: PipeTable): JSONContent {
  const width = Math.max(table.header.length, ...table.rows.map((row) => row.cells.length))
  const row = (cells: string[], type: 'tableHeader' | 'tableCell') => ({
    type: 'tableRow',
    content: Array.from({ length: width }, (_, column) => ({
      type,
      content: cellParagraphs(cells[column] ?? '', context.format),
    })),
  })
  return {
    type: 'table',
    content: [
      row(table.header, 'tableHeader'),
      ...table.rows.map((body) => row(body.cells, 'tableCell')),
    ],
  }
}
