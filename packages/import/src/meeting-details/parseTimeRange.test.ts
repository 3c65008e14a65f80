import { describe, expect, it } from 'vitest'
import { parseTimeRange } from './parseTimeRange'

const times = (text: string) => {
  const found = parseTimeRange(text)
  return found && [found.startTime, found.endTime]
}

describe('parseTimeRange', () => {
  it('gives the start the end’s half of the day unless that would put it after the end', () => {
    expect(times('4:30-6:15pm')).toEqual(['16:30', '18:15'])
    expect(times('11:00-1pm')).toEqual(['11:00', '13:00'])
    expect(times('10:00-11:30am')).toEqual(['10:00', '11:30'])
  })

  it('reads 24-hour ranges, dots, "to" and noon', () => {
    expect(times('14:00–15:30')).toEqual(['14:00', '15:30'])
    expect(times('7.30pm to 9.05pm')).toEqual(['19:30', '21:05'])
    expect(times('10am to 12 noon')).toEqual(['10:00', '12:00'])
  })

  it('reads a single time', () => {
    expect(times('7:30pm in the Village Hall')).toEqual(['19:30', null])
    expect(times('at 7pm')).toEqual(['19:00', null])
  })

  it('finds no time in bare numbers', () => {
    expect(parseTimeRange('items 2-3 and 14 members')).toBeUndefined()
    expect(parseTimeRange('25:00')).toBeUndefined()
  })
})
