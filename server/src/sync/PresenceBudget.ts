/**
 * How many presence (awareness) messages a connection may send: a steady rate with room for a
 * burst, as a token bucket. Cursors move with every keystroke, so honest typing stays well
 * inside it; a flood of presence from one connection cannot occupy the server.
 */
export class PresenceBudget {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly perSecond = 30,
    private readonly burst = 60,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst
    this.updatedAt = now()
  }

  /** Takes one message from the budget; false when it is spent for now. */
  take(): boolean {
    this.refill()
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }

  /** Milliseconds until the next message fits. */
  msUntilNext(): number {
    this.refill()
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond)
  }

  private refill(): void {
    const now = this.now()
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.updatedAt) * this.perSecond) / 1000,
    )
    this.updatedAt = now
  }
}
