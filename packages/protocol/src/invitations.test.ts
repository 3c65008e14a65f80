import { describe, expect, it } from 'vitest'
import { describeProblem } from './describeProblem'
import { NewInvitation } from './invitations'

const problemOf = (value: unknown) => {
  const result = NewInvitation.safeParse(value)
  return result.success ? undefined : describeProblem(result.error)
}

describe('NewInvitation', () => {
  it('trims, and leaves out what is absent, null or blank', () => {
    expect(NewInvitation.parse({ role: 'reviewer', speakerId: null, name: ' ' })).toEqual({
      role: 'reviewer',
      speakerId: undefined,
      expiresInDays: undefined,
      name: undefined,
    })
    expect(
      NewInvitation.parse({
        role: 'speaker',
        speakerId: ' p-1 ',
        name: ' Ana ',
        expiresInDays: 90,
      }),
    ).toEqual({ role: 'speaker', speakerId: 'p-1', expiresInDays: 90, name: 'Ana' })
  })

  it('refuses unknown roles and days outside 1 to 90', () => {
    expect(problemOf({ role: 'chair' })).toBe(
      'Choose the role of the invitation: secretariat, reviewer, speaker.',
    )
    expect(problemOf({})).toMatch(/^Choose the role/)
    for (const expiresInDays of [0, 91, 1.5, '7', Number.NaN]) {
      expect(problemOf({ role: 'reviewer', expiresInDays })).toMatch(/from 1 to 90/)
    }
  })

  it('ties a person to speaker invitations only', () => {
    expect(problemOf({ role: 'speaker' })).toMatch(/needs the id of the person/)
    expect(problemOf({ role: 'speaker', speakerId: '  ' })).toMatch(/needs the id of the person/)
    expect(problemOf({ role: 'reviewer', speakerId: 'p-1' })).toMatch(/Only a speaker invitation/)
    expect(problemOf({ role: 'speaker', speakerId: 7 })).toBe('The speakerId must be text.')
    expect(problemOf({ role: 'speaker', speakerId: 'p'.repeat(101) })).toMatch(/longer than 100/)
  })
})
