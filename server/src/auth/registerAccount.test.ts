import { beforeEach, describe, expect, it } from 'vitest'
import { EmailTakenError, SetupRefusedError } from './AuthStore'
import { createToken, hashToken } from './createToken'
import { verifyPassword } from './hashPassword'
import { MemoryAuthStore } from './MemoryAuthStore'
import { AccountInputError, registerAccount } from './registerAccount'

let store: MemoryAuthStore
beforeEach(() => {
  store = new MemoryAuthStore()
})

const valid = { name: '  Ana Lopez ', email: 'Ana@Example.org', password: 'long enough pw' }

describe('registerAccount', () => {
  it('creates an account with a trimmed name, a normalised email and a hashed password', async () => {
    const account = await registerAccount(store, valid)
    expect(account).toMatchObject({ name: 'Ana Lopez', email: 'ana@example.org' })
    expect(account.passwordHash).not.toContain('long enough pw')
    expect(await verifyPassword(account.passwordHash, 'long enough pw')).toBe(true)
  })

  it.each([
    [{ ...valid, name: ' ' }, 'Give the name people will see on your edits.'],
    [{ ...valid, name: 'x'.repeat(101) }, 'The name is longer than 100 characters.'],
    [{ ...valid, name: 7 }, 'The name must be text.'],
    [{ ...valid, email: '' }, 'Give the email address you will sign in with.'],
    [{ ...valid, email: 'ana at example.org' }, '"ana at example.org" is not an email address.'],
    [{ ...valid, password: undefined }, 'Choose a password.'],
    [{ ...valid, password: 'too short' }, 'Choose a password of at least 10 characters.'],
    [{ ...valid, password: 'x'.repeat(257) }, 'Choose a password of at most 256 characters.'],
    [{ ...valid, password: 'ana@example.org' }, 'Choose a password other than your email address.'],
  ])('refuses %o with a message that says what to do', async (input, message) => {
    await expect(registerAccount(store, input)).rejects.toThrow(new AccountInputError(message))
    expect(await store.countAccounts()).toBe(0)
  })

  it('refuses an email that already has an account', async () => {
    await registerAccount(store, valid)
    await expect(registerAccount(store, { ...valid, email: 'ANA@example.org' })).rejects.toThrow(
      EmailTakenError,
    )
  })

  it('creates the first account with a setup token, and no second one with it', async () => {
    const token = createToken()
    const now = new Date()
    await store.createSetupToken({
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + 60_000).toISOString(),
    })
    await expect(registerAccount(store, valid, { token: createToken(), now })).rejects.toThrow(
      SetupRefusedError,
    )
    expect(await registerAccount(store, valid, { token, now })).toMatchObject({ name: 'Ana Lopez' })
    await expect(
      registerAccount(store, { ...valid, email: 'b@example.org' }, { token, now }),
    ).rejects.toMatchObject({ reason: 'account-exists' })
  })
})
