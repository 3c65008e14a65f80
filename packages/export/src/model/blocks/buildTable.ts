import { readTableCellAttributes } from '@minutes/schema'
import type { TableCell } from '../RenderModel'
import type { BlockBuilder } from './BlockBuilder'

/** A table as the minutes keep it, merged cells included. */
export const buildTable: BlockBuilder = (node, context, minimumLevel) => {
  const rows: TableCell[][] = []
  node.forEach((row) => {
    const cells: TableCell[] = []
    row.forEach((cell) => {
      const { colspan, rowspan } = readTableCellAttributes(cell)
      cells.push({
        isHeader: cell.type.name === 'tableHeader',
        colspan,
        rowspan,
        blocks: context.walkChildren(cell, minimumLevel),
      })
    })
    rows.push(cells)
  })
  return { type: 'table', rows }
}
