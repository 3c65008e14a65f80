import { describe, expect, it } from 'vitest'
import { RateLimiter } from './RateLimiter'

describe('RateLimiter', () => {
  it('turns a key away after too many failures, until its window has passed', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now })
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(limiter.retryAfterMs('ana|1.2.3.4')).toBe(0)
      limiter.recordFailure('ana|1.2.3.4')
    }
    expect(limiter.retryAfterMs('ana|1.2.3.4')).toBe(60_000)
    expect(limiter.retryAfterMs('ana|5.6.7.8')).toBe(0)
    now += 45_000
    expect(limiter.retryAfterMs('ana|1.2.3.4')).toBe(15_000)
    now += 15_000
    expect(limiter.retryAfterMs('ana|1.2.3.4')).toBe(0)
    limiter.recordFailure('ana|1.2.3.4')
    expect(limiter.retryAfterMs('ana|1.2.3.4')).toBe(0)
  })

  it('forgets the failures of a key that succeeded', () => {
    const limiter = new RateLimiter({ maxFailures: 1 })
    limiter.recordFailure('key')
    expect(limiter.retryAfterMs('key')).toBeGreaterThan(0)
    limiter.reset('key')
    expect(limiter.retryAfterMs('key')).toBe(0)
  })
})
