import { describe, expect, it } from 'vitest'
import { withoutStaleLabels } from './withoutStaleLabels'

describe('withoutStaleLabels', () => {
  it('drops the written date when the date changes', () => {
    expect(withoutStaleLabels({ date: '2014-05-07' })).toEqual({
      date: '2014-05-07',
      dateLabel: null,
    })
  })

  it('drops the written time when either time changes, or is cleared', () => {
    expect(withoutStaleLabels({ startTime: '10:00' })).toEqual({
      startTime: '10:00',
      timeLabel: null,
    })
    expect(withoutStaleLabels({ endTime: null })).toEqual({ endTime: null, timeLabel: null })
  })

  it('keeps the wording when neither the date nor a time changes', () => {
    expect(withoutStaleLabels({ place: 'Committee Room 4' })).toEqual({ place: 'Committee Room 4' })
    expect(withoutStaleLabels({})).toEqual({})
  })
})
