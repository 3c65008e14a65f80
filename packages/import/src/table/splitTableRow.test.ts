import { describe, expect, it } from 'vitest'
import { isDelimiterRow, splitTableRow } from './splitTableRow'

describe('splitTableRow', () => {
  it('reads cells with or without outer pipes, escaped pipes kept in the cell', () => {
    expect(splitTableRow('| Action | Owner |')).toEqual(['Action', 'Owner'])
    expect(splitTableRow('Action | Owner')).toEqual(['Action', 'Owner'])
    expect(splitTableRow('| a \\| b | | c |')).toEqual(['a \\| b', '', 'c'])
    expect(splitTableRow('No pipes here')).toBeUndefined()
  })

  it('knows a delimiter row', () => {
    expect(isDelimiterRow(['---', ':--:', '-:'])).toBe(true)
    expect(isDelimiterRow(['---', 'x'])).toBe(false)
  })
})
