import { describe, expect, it } from 'vitest'
import type { TableCell } from './RenderModel'
import { tableGrid } from './tableGrid'

const cell = (text: string, colspan = 1, rowspan = 1): TableCell => ({
  isHeader: false,
  colspan,
  rowspan,
  blocks: [{ type: 'paragraph', content: [{ type: 'text', text, marks: {} }] }],
})
const textOf = (found: TableCell | null) => {
  const first = found?.blocks[0]
  return first?.type === 'paragraph' && first.content[0]?.type === 'text'
    ? first.content[0].text
    : null
}

describe('tableGrid', () => {
  it('places cells that span rows and columns, and fills short rows', () => {
    const grid = tableGrid([[cell('a', 2), cell('b', 1, 2)], [cell('c')], [cell('d')]])
    expect(grid.map((row) => row.map(textOf))).toEqual([
      ['a', null, 'b'],
      ['c', null, null],
      ['d', null, null],
    ])
  })
})
