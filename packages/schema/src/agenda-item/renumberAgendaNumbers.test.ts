import { describe, expect, it } from 'vitest'
import { renumberAgendaNumbers } from './renumberAgendaNumbers'

describe('renumberAgendaNumbers', () => {
  it('numbers items 1, 2, 3 and sub-items under the item before them', () => {
    expect(renumberAgendaNumbers(['3', '3.1', '3.4', '7', '7.2', '7.2.5', '1'])).toEqual([
      '1',
      '1.1',
      '1.2',
      '2',
      '2.1',
      '2.1.1',
      '3',
    ])
  })

  it('numbers unnumbered items as whole ones and keeps the organisation’s own references', () => {
    expect(renumberAgendaNumbers([null, 'TB 25/061', 'Item 4', null, '5.1'])).toEqual([
      '1',
      'TB 25/061',
      'Item 4',
      '2',
      '2.1',
    ])
  })

  it('makes a sub-item with no item above it a whole one', () => {
    expect(renumberAgendaNumbers(['2.1', '2.2.1'])).toEqual(['1', '1.1'])
    expect(renumberAgendaNumbers([])).toEqual([])
  })
})
