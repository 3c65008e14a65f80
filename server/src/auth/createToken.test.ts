import { describe, expect, it } from 'vitest'
import { createToken, hashToken, isSameToken } from './createToken'

describe('createToken', () => {
  it('makes distinct 256-bit tokens in base64url', () => {
    const tokens = new Set(Array.from({ length: 100 }, createToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('hashes a token the same way every time, and differently from any other token', () => {
    const token = createToken()
    expect(hashToken(token)).toBe(hashToken(token))
    expect(hashToken(token)).not.toBe(hashToken(createToken()))
    expect(hashToken(token)).not.toContain(token)
  })

  it('compares secrets of any length', () => {
    expect(isSameToken('secret-value', 'secret-value')).toBe(true)
    expect(isSameToken('secret-value', 'secret-valuf')).toBe(false)
    expect(isSameToken('short', 'a much longer secret')).toBe(false)
    expect(isSameToken('', 'x')).toBe(false)
  })
})
