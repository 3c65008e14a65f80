import { describe, expect, it } from 'vitest'
import { canSetStatus, isReopening } from './canSetStatus'

const secretariat = { role: 'secretariat' } as const

describe('canSetStatus', () => {
  it('moves forward one step at a time', () => {
    expect(canSetStatus(secretariat, 'draft', 'circulated').allowed).toBe(true)
    expect(canSetStatus(secretariat, 'circulated', 'approved').allowed).toBe(true)
    expect(canSetStatus(secretariat, 'approved', 'published').allowed).toBe(true)
    expect(canSetStatus(secretariat, 'draft', 'published')).toEqual({
      allowed: false,
      reason: 'Minutes that are draft cannot become published; the next step is circulated.',
    })
  })

  it('reopens to draft or circulated from any later step', () => {
    expect(canSetStatus(secretariat, 'published', 'draft').allowed).toBe(true)
    expect(canSetStatus(secretariat, 'approved', 'circulated').allowed).toBe(true)
    expect(canSetStatus(secretariat, 'published', 'approved').allowed).toBe(false)
  })

  it('is the secretariat’s alone', () => {
    expect(canSetStatus({ role: 'speaker', speakerId: 'p' }, 'draft', 'circulated').allowed).toBe(
      false,
    )
    expect(canSetStatus({ role: 'reviewer' }, 'circulated', 'approved').allowed).toBe(false)
    expect(canSetStatus(secretariat, 'draft', 'draft').allowed).toBe(false)
  })

  it('calls a move back to draft or circulated a reopening, and nothing else', () => {
    expect(isReopening('published', 'draft')).toBe(true)
    expect(isReopening('approved', 'circulated')).toBe(true)
    expect(isReopening('circulated', 'draft')).toBe(true)
    expect(isReopening('published', 'approved')).toBe(false)
    expect(isReopening('draft', 'circulated')).toBe(false)
    expect(isReopening('circulated', 'circulated')).toBe(false)
  })
})
