import { describe, expect, it } from 'vitest'
import { boundCloseReason, maxCloseReasonBytes } from './boundCloseReason'

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength

describe('boundCloseReason', () => {
  it('keeps a reason that fits', () => {
    expect(boundCloseReason('Sign in again.')).toBe('Sign in again.')
    const exact = 'x'.repeat(maxCloseReasonBytes)
    expect(boundCloseReason(exact)).toBe(exact)
  })

  it('cuts a long reason to the protocol limit with an ellipsis', () => {
    const cut = boundCloseReason(`"${'a'.repeat(500)}" is not part of a minutes document.`)
    expect(byteLength(cut)).toBeLessThanOrEqual(maxCloseReasonBytes)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.startsWith('"aaa')).toBe(true)
  })

  it('never splits a character, whatever the script', () => {
    for (const character of ['é', '€', '😀', '語']) {
      const cut = boundCloseReason(character.repeat(200))
      expect(byteLength(cut)).toBeLessThanOrEqual(maxCloseReasonBytes)
      expect(cut).not.toContain('\uFFFD')
      expect([...cut.slice(0, -1)].every((kept) => kept === character)).toBe(true)
    }
  })
})
