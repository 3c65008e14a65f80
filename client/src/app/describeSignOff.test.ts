import { describe, expect, it } from 'vitest'
import { describeSignOff } from './describeSignOff'

const signOffs = {
  approvedBy: 'Ada Clerk',
  approvedAt: '2026-12-03T10:15:00.000Z',
  publishedBy: 'Bob Chair',
  publishedAt: '2026-12-04T10:15:00.000Z',
}
const noSignOffs = { approvedBy: null, approvedAt: null, publishedBy: null, publishedAt: null }

describe('describeSignOff', () => {
  it('names the latest sign-off that holds at the status, with its date', () => {
    expect(describeSignOff('published', signOffs)).toBe('Published by Bob Chair on 4 Dec 2026')
    expect(describeSignOff('approved', { ...signOffs, publishedBy: null })).toBe(
      'Approved by Ada Clerk on 3 Dec 2026',
    )
    expect(describeSignOff('published', { ...signOffs, publishedBy: null })).toBe(
      'Approved by Ada Clerk on 3 Dec 2026',
    )
  })

  it('says nothing before approval, or when nobody is known to have signed', () => {
    expect(describeSignOff('circulated', signOffs)).toBeUndefined()
    expect(describeSignOff('approved', noSignOffs)).toBeUndefined()
    expect(
      describeSignOff('approved', { ...noSignOffs, approvedBy: 'Ada Clerk', approvedAt: 'soon' }),
    ).toBe('Approved by Ada Clerk')
  })
})
