// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type JumpTarget, keepInViewWhileSettling, settleMs } from './keepInViewWhileSettling'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** A target that is out of view until brought back, and counts how often it was. */
function createTarget(): JumpTarget & { broughtBack: number; inView: boolean; wanted: boolean } {
  const target = {
    broughtBack: 0,
    inView: false,
    wanted: true,
    isInView: () => target.inView,
    bringIntoView: () => {
      target.broughtBack += 1
      target.inView = true
    },
    isStillWanted: () => target.wanted,
  }
  return target
}

const scrollEnds = () => document.dispatchEvent(new Event('scrollend'))

describe('keepInViewWhileSettling', () => {
  it('brings the target back each time a scroll ends with it out of view', () => {
    const target = createTarget()
    keepInViewWhileSettling(target, document.body)
    scrollEnds()
    expect(target.broughtBack).toBe(1)
    scrollEnds()
    expect(target.broughtBack).toBe(1)
    target.inView = false
    scrollEnds()
    expect(target.broughtBack).toBe(2)
  })

  it('looks once more when the minutes have had time to settle, then lets go', () => {
    const target = createTarget()
    keepInViewWhileSettling(target, document.body)
    vi.advanceTimersByTime(settleMs)
    expect(target.broughtBack).toBe(1)
    target.inView = false
    scrollEnds()
    expect(target.broughtBack).toBe(1)
  })

  it('lets go as soon as the reader scrolls, types or clicks', () => {
    for (const input of ['wheel', 'keydown', 'pointerdown', 'touchstart']) {
      const target = createTarget()
      keepInViewWhileSettling(target, document.body)
      window.dispatchEvent(new Event(input))
      scrollEnds()
      vi.advanceTimersByTime(settleMs)
      expect(target.broughtBack, input).toBe(0)
    }
  })

  it('lets go of a target no longer wanted, and when stopped', () => {
    const unwanted = createTarget()
    keepInViewWhileSettling(unwanted, document.body)
    unwanted.wanted = false
    scrollEnds()
    unwanted.wanted = true
    scrollEnds()
    expect(unwanted.broughtBack).toBe(0)

    const stopped = createTarget()
    keepInViewWhileSettling(stopped, document.body)()
    scrollEnds()
    vi.advanceTimersByTime(settleMs)
    expect(stopped.broughtBack).toBe(0)
  })

  it('waits for a scroll under way to end before bringing the target back', () => {
    const target = createTarget()
    keepInViewWhileSettling(target, document.body)
    document.dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(settleMs - 1)
    expect(target.broughtBack).toBe(0)
    scrollEnds()
    expect(target.broughtBack).toBe(1)
  })
})
