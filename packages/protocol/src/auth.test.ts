import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { NewAccount, SetupInput, SignInInput } from './auth'
import { describeProblem } from './describeProblem'

const problemOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : describeProblem(result.error)
}
const account = { name: ' Ana ', email: ' ana@example.org ', password: 'a long password' }

describe('account bodies', () => {
  it('trims the name and email, never the password', () => {
    expect(NewAccount.parse({ ...account, password: ' spaced out ' })).toEqual({
      name: 'Ana',
      email: 'ana@example.org',
      password: ' spaced out ',
    })
  })

  it('says which field is missing or wrong, first things first', () => {
    expect(problemOf(NewAccount, {})).toBe('Give the name people will see on your edits.')
    expect(problemOf(NewAccount, { ...account, name: 5 })).toBe('The name must be text.')
    expect(problemOf(NewAccount, { ...account, name: 'x'.repeat(101) })).toBe(
      'The name is longer than 100 characters.',
    )
    expect(problemOf(NewAccount, { ...account, email: null })).toBe(
      'Give the email address you will sign in with.',
    )
    expect(problemOf(NewAccount, { ...account, email: '  ' })).toBe(
      'Give the email address you will sign in with.',
    )
    expect(problemOf(NewAccount, { ...account, email: 'ana' })).toBe(
      '"ana" is not an email address.',
    )
    expect(problemOf(NewAccount, { ...account, email: `${'a'.repeat(300)}@x` })).toBe(
      'The email address is longer than 254 characters.',
    )
    expect(problemOf(NewAccount, { ...account, password: undefined })).toBe('Choose a password.')
    // Counted in characters: ten emoji are ten characters, not twenty UTF-16 units.
    expect(problemOf(NewAccount, { ...account, password: '😀'.repeat(9) })).toBe(
      'Choose a password of at least 10 characters.',
    )
    expect(NewAccount.safeParse({ ...account, password: '😀'.repeat(10) }).success).toBe(true)
    expect(problemOf(NewAccount, { ...account, password: 'x'.repeat(257) })).toBe(
      'Choose a password of at most 256 characters.',
    )
    expect(problemOf(NewAccount, { ...account, password: 'ANA@example.org' })).toBe(
      'Choose a password other than your email address.',
    )
  })

  it('needs the setup token first', () => {
    expect(problemOf(SetupInput, account)).toBe(
      'Open the setup link exactly as the server printed it.',
    )
    expect(SetupInput.safeParse({ ...account, token: 't' }).success).toBe(true)
  })

  it('signs in with an email and a password, both text', () => {
    for (const body of [{}, { email: ' ', password: 'x' }, { email: 'a@b', password: 1 }]) {
      expect(problemOf(SignInInput, body)).toBe('Give your email address and password.')
    }
  })
})
