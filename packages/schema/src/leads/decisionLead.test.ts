import { describe, expect, it } from 'vitest'
import { describeDecisionLead, readDecisionLead } from './decisionLead'

describe('decisionLead', () => {
  it('numbers a decision and reads the number back', () => {
    expect(describeDecisionLead(3)).toBe('D3')
    expect(readDecisionLead('D3 Resolved, That the accounts be approved.')).toEqual({
      number: 3,
      length: 3,
    })
  })

  it('reads no number from other text', () => {
    expect(readDecisionLead('D3')).toBeUndefined()
    expect(readDecisionLead('D-Day was discussed.')).toBeUndefined()
    expect(readDecisionLead('DD1 x')).toBeUndefined()
  })
})
