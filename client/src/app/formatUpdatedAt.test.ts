import { describe, expect, it } from 'vitest'
import { formatUpdatedAt } from './formatUpdatedAt'

describe('formatUpdatedAt', () => {
  const now = new Date(2026, 4, 20, 16, 0)

  it('says "Today" for changes made today', () => {
    expect(formatUpdatedAt(new Date(2026, 4, 20, 9, 30).toISOString(), now)).toMatch(/^Today, /)
  })

  it('names the year only for older changes', () => {
    const thisYear = formatUpdatedAt(new Date(2026, 0, 3, 9, 30).toISOString(), now)
    const lastYear = formatUpdatedAt(new Date(2025, 0, 3, 9, 30).toISOString(), now)
    expect(thisYear).not.toContain('2026')
    expect(lastYear).toContain('2025')
  })

  it('does not show "Invalid Date" for a malformed timestamp', () => {
    expect(formatUpdatedAt('yesterday', now)).toBe('Unknown date')
  })
})
