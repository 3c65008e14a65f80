import { describe, expect, it } from 'vitest'
import { describeRecommendationLead, readRecommendationLead } from './recommendationLead'

describe('recommendationLead', () => {
  it('prints the number, status and addressee as minutes do', () => {
    expect(describeRecommendationLead(2, 'agreed', 'Home Office')).toBe(
      'Recommendation R2 (agreed; to: Home Office):',
    )
    expect(describeRecommendationLead(1, 'proposed', null)).toBe('Recommendation R1 (proposed):')
  })

  it('reads back what it prints, and nothing else', () => {
    expect(readRecommendationLead('Recommendation R2 (agreed; to: Home Office): Fund it.')).toEqual(
      {
        number: 2,
        status: 'agreed',
        addressee: 'Home Office',
        length: 45,
      },
    )
    expect(readRecommendationLead('Recommendation R1 (maybe): x')).toBeUndefined()
    expect(
      readRecommendationLead('Recommendation R1 (proposed; proposed by: Ann Lee): x'),
    ).toBeUndefined()
    expect(readRecommendationLead('Recommendation: x')).toBeUndefined()
  })
})
