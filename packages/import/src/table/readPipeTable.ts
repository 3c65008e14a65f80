import type { ImportContext } from '../context/ImportContext'
import { isDelimiterRow, splitTableRow } from './splitTableRow'

export interface PipeTable {
  /** The heading row's cells as written. */
  header: string[]
  /** Each body row's cells and the index of its line. */
  rows: { cells: string[]; index: number }[]
  next: number
}

/** The pipe table whose heading row is line `index`: a delimiter row of as many cells must follow. */
export function readPipeTable(context: ImportContext, index: number): PipeTable | undefined {
  const line = context.line(index)
  if (line?.shape.kind !== 'text' || !line.text.includes('|')) return undefined
  const header = splitTableRow(line.text)
  const below = context.line(index + 1)
  const delimiter = below?.shape.kind === 'text' ? splitTableRow(below.text) : undefined
  if (!header || !delimiter || !isDelimiterRow(delimiter) || delimiter.length !== header.length) {
    return undefined
  }
  const rows: PipeTable['rows'] = []
  let next = index + 2
  for (let row = context.line(next); row?.shape.kind === 'text'; row = context.line(next)) {
    const cells = splitTableRow(row.text)
    const below = context.line(next + 1)
    const belowCells = below?.shape.kind === 'text' ? splitTableRow(below.text) : undefined
    // A row with a delimiter row under it heads the next table.
    if (!cells || (belowCells && isDelimiterRow(belowCells))) break
    rows.push({ cells, index: next })
    next++
  }
  return { header, rows, next }
}
