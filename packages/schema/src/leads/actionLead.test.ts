import { describe, expect, it } from 'vitest'
import {
  describeActionLead,
  describeActionTrail,
  formatDueDate,
  readActionLead,
  readActionTrail,
} from './actionLead'

describe('actionLead', () => {
  it('numbers an action and reads the number back', () => {
    expect(describeActionLead(12)).toBe('A12')
    expect(readActionLead('A12 Book the hall')).toEqual({ number: 12, length: 4 })
    expect(readActionLead('A12')).toBeUndefined()
    expect(readActionLead('All to read the report')).toBeUndefined()
  })

  it('writes who, by when and how far after the text', () => {
    expect(
      describeActionTrail({ owner: 'Daniel Frost', due: '12 March 2025', status: 'open' }),
    ).toBe(' — Daniel Frost, due 12 March 2025 (open)')
    expect(describeActionTrail({ owner: null, due: '12 March 2025', status: 'done' })).toBe(
      ' — due 12 March 2025 (done)',
    )
    expect(describeActionTrail({ owner: 'Ann Lee (YJB)', due: null, status: 'in progress' })).toBe(
      ' — Ann Lee (YJB) (in progress)',
    )
    expect(describeActionTrail({ owner: null, due: null, status: 'open' })).toBe(' (open)')
  })

  it('reads each trail it writes back from the end of the text', () => {
    const cases = [
      { owner: 'Daniel Frost', due: '12 March 2025', status: 'open' },
      { owner: null, due: 'end of March', status: 'done' },
      { owner: 'Ann Lee (YJB, Clerk)', due: null, status: 'in progress' },
    ]
    for (const parts of cases) {
      const text = `Write to the Minister — urgently${describeActionTrail(parts)}`
      expect(readActionTrail(text)).toEqual({ ...parts, index: 32 })
    }
    expect(readActionTrail('Write to the Minister (Complete)')).toEqual({
      owner: null,
      due: null,
      status: 'Complete',
      index: 21,
    })
    expect(readActionTrail('Write to the Minister')).toBeUndefined()
  })

  it('writes due dates as minutes do, anything else as it is', () => {
    expect(formatDueDate('2025-03-12')).toBe('12 March 2025')
    expect(formatDueDate('next meeting')).toBe('next meeting')
  })

  it('reads a trail after a long run of spaces in linear time, the spaces not its own', () => {
    expect(readActionTrail('Book the hall   (open)')).toMatchObject({ status: 'open', index: 13 })
    const started = performance.now()
    expect(readActionTrail(`Book ${' '.repeat(200_000)}(open`)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
