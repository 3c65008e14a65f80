export interface RateLimiterOptions {
  /** Failures allowed within one window before the key is turned away. */
  maxFailures?: number
  windowMs?: number
  now?: () => number
}

/** Keys tracked at most; past this, lapsed windows are swept so memory stays bounded. */
const sweepAbove = 10_000

/** Counts failures per key (email and address, or address alone, for sign-in) in memory, in fixed windows. */
export class RateLimiter {
  private readonly failures = new Map<string, { count: number; windowStart: number }>()
  private readonly maxFailures: number
  private readonly windowMs: number
  private readonly now: () => number

  constructor({
    maxFailures = 5,
    windowMs = 15 * 60_000,
    now = Date.now,
  }: RateLimiterOptions = {}) {
    this.maxFailures = maxFailures
    this.windowMs = windowMs
    this.now = now
  }

  /** 0 when the key may try now; else how long until it may. */
  retryAfterMs(key: string): number {
    const entry = this.failures.get(key)
    if (!entry || entry.count < this.maxFailures) return 0
    return Math.max(0, entry.windowStart + this.windowMs - this.now())
  }

  recordFailure(key: string): void {
    const now = this.now()
    const entry = this.failures.get(key)
    if (entry && now - entry.windowStart < this.windowMs) {
      entry.count++
      return
    }
    if (this.failures.size >= sweepAbove) this.sweep(now)
    this.failures.set(key, { count: 1, windowStart: now })
  }

  reset(key: string): void {
    this.failures.delete(key)
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.failures) {
      if (now - entry.windowStart >= this.windowMs) this.failures.delete(key)
    }
  }
}
