import { describe, expect, it } from 'vitest'
import { describeQuestionLead, readQuestionLead } from './questionLead'

describe('questionLead', () => {
  it('writes who asked, where the minutes know, and reads it back', () => {
    expect(describeQuestionLead(null)).toBe('Q:')
    expect(describeQuestionLead('Ann Lee (YJB)')).toBe('Question from Ann Lee (YJB):')
    expect(readQuestionLead('Q: Why?')).toEqual({ asker: null, length: 3 })
    expect(readQuestionLead('Question from Ann Lee (YJB): Why?')).toEqual({
      asker: 'Ann Lee (YJB)',
      length: 29,
    })
    expect(readQuestionLead('Questions were taken.')).toBeUndefined()
  })
})
