import type { TableCell } from './RenderModel'

/**
 * The table as a grid of equal rows: each cell at its place, and null where a cell spanning
 * rows or columns covers the place. Formats that need a full grid (Markdown, PDF) lay out this.
 */
export function tableGrid(rows: TableCell[][]): (TableCell | null)[][] {
  const grid: (TableCell | null)[][] = rows.map(() => [])
  rows.forEach((row, rowIndex) => {
    let column = 0
    for (const cell of row) {
      while (grid[rowIndex]?.[column] !== undefined) column++
      for (let down = 0; down < Math.max(1, cell.rowspan); down++) {
        const target = grid[rowIndex + down]
        if (!target) break
        for (let across = 0; across < Math.max(1, cell.colspan); across++) {
          target[column + across] = down === 0 && across === 0 ? cell : null
        }
      }
      column += Math.max(1, cell.colspan)
    }
  })
  const width = Math.max(0, ...grid.map((row) => row.length))
  return grid.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? null))
}
