import { describe, expect, it } from 'vitest'
import { describeRecommendationLead, readRecommendationLead } from './recommendationLead'

describe('recommendationLead', () => {
  it('prints the number, status, addressee and proposer as minutes do', () => {
    expect(
      describeRecommendationLead({
        number: 2,
        status: 'agreed',
        addressee: 'Home Office',
        proposer: null,
      }),
    ).toBe('Recommendation R2 (agreed; to: Home Office):')
    expect(
      describeRecommendationLead({
        number: 1,
        status: 'proposed',
        addressee: null,
        proposer: null,
      }),
    ).toBe('Recommendation R1 (proposed):')
    expect(
      describeRecommendationLead({
        number: 3,
        status: 'noted',
        addressee: null,
        proposer: 'Ann Lee (YJB)',
      }),
    ).toBe('Recommendation R3 (noted; proposed by: Ann Lee (YJB)):')
  })

  it('reads back what it prints, brackets in a name included', () => {
    expect(readRecommendationLead('Recommendation R2 (agreed; to: Home Office): Fund it.')).toEqual(
      { number: 2, status: 'agreed', addressee: 'Home Office', proposer: null, length: 45 },
    )
    const text =
      'Recommendation R1 (proposed; to: Schools; proposed by: Ann Lee (YJB)): Tell carers.'
    expect(readRecommendationLead(text)).toEqual({
      number: 1,
      status: 'proposed',
      addressee: 'Schools',
      proposer: 'Ann Lee (YJB)',
      length: text.indexOf('Tell'),
    })
  })

  it('reads nothing else', () => {
    expect(readRecommendationLead('Recommendation R1 (maybe): x')).toBeUndefined()
    expect(readRecommendationLead('Recommendation R1 (proposed; by Ann): x')).toBeUndefined()
    expect(readRecommendationLead('Recommendation R1 (proposed) x')).toBeUndefined()
    expect(readRecommendationLead('Recommendation: x')).toBeUndefined()
  })
})
