import { describe, expect, it } from 'vitest'
import { findDate } from './findDate'

describe('findDate', () => {
  it.each([
    ['Tuesday 6th May 2014', '2014-05-06'],
    ['6 May 2014', '2014-05-06'],
    ['Tue, 6 May 2014', '2014-05-06'],
    ['6th of May, 2014', '2014-05-06'],
    ['May 6, 2014', '2014-05-06'],
    ['2014-05-06', '2014-05-06'],
    ['06/05/2014', '2014-05-06'],
    ['6.5.14', '2014-05-06'],
    ['12 Sept 2025', '2025-09-12'],
  ])('reads %s', (text, iso) => {
    expect(findDate(text)).toEqual({ iso, index: 0, length: text.length })
  })

  it('finds a date inside a sentence, the weekday included', () => {
    expect(findDate('held on Monday 3 March 2025 at 7.30pm')).toEqual({
      iso: '2025-03-03',
      index: 8,
      length: 19,
    })
  })

  it('takes the default year only where none is written', () => {
    expect(findDate('by 12 March')).toBeUndefined()
    expect(findDate('by 12 March', 2025)?.iso).toBe('2025-03-12')
    expect(findDate('by 12 March 2026', 2025)?.iso).toBe('2026-03-12')
  })

  it('rejects impossible days and lower-case "may"', () => {
    expect(findDate('30 February 2025')).toBeUndefined()
    expect(findDate('item 6 may be deferred', 2025)).toBeUndefined()
  })
})
