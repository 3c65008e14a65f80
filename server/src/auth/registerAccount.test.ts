import { beforeEach, describe, expect, it } from 'vitest'
import { EmailTakenError, SetupRefusedError } from './AuthStore'
import { createToken, hashToken } from './createToken'
import { verifyPassword } from './hashPassword'
import { MemoryAuthStore } from './MemoryAuthStore'
import { registerAccount } from './registerAccount'

let store: MemoryAuthStore
beforeEach(() => {
  store = new MemoryAuthStore()
})

const valid = { name: 'Ana Lopez', email: 'Ana@Example.org', password: 'long enough pw' }

describe('registerAccount', () => {
  it('creates an account with a normalised email and a hashed password', async () => {
    const account = await registerAccount(store, valid)
    expect(account).toMatchObject({ name: 'Ana Lopez', email: 'ana@example.org' })
    expect(account.passwordHash).not.toContain('long enough pw')
    expect(await verifyPassword(account.passwordHash, 'long enough pw')).toBe(true)
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
