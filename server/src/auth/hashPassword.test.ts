import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './hashPassword'

describe('hashPassword', () => {
  it('stores an Argon2id hash, salted, that only the right password matches', async () => {
    const first = await hashPassword('correct horse battery')
    const second = await hashPassword('correct horse battery')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(first).not.toBe(second)
    expect(await verifyPassword(first, 'correct horse battery')).toBe(true)
    expect(await verifyPassword(first, 'correct horse batterY')).toBe(false)
  })

  it('refuses every password when there is no hash to check against', async () => {
    expect(await verifyPassword(undefined, 'a password that no account has')).toBe(false)
  })
})
