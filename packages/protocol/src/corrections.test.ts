import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { CorrectionDecision } from './corrections'
import { describeProblem } from './describeProblem'

const problemOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : describeProblem(result.error)
}

describe('correction decisions', () => {
  it('takes an acceptance with its class, or a revert alone', () => {
    expect(CorrectionDecision.parse({ decision: 'accept', class: 'newMaterial' })).toEqual({
      decision: 'accept',
      class: 'newMaterial',
    })
    expect(CorrectionDecision.parse({ decision: 'revert' })).toEqual({ decision: 'revert' })
  })

  it('refuses a decision without its class, a class on a revert, and anything else', () => {
    expect(problemOf(CorrectionDecision, { decision: 'accept' })).toMatch(/needs a class/)
    expect(problemOf(CorrectionDecision, { decision: 'revert', class: 'factual' })).toBe(
      'A revert takes no class.',
    )
    expect(problemOf(CorrectionDecision, { decision: 'accept', class: 'typo' })).toMatch(
      /The class must be/,
    )
    expect(problemOf(CorrectionDecision, { decision: 'delete' })).toMatch(/The decision must be/)
    expect(problemOf(CorrectionDecision, { decision: 'revert', extra: 1 })).toMatch(
      /fields this request does not take: "extra"/,
    )
    expect(problemOf(CorrectionDecision, [])).toBe('The request body must be a JSON object.')
  })
})
