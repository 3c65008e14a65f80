import { describe, expect, it } from 'vitest'
import { placeCards } from './placeCards'

const gap = 10

/** Each card's bottom plus the gap is at or above the next card's top. */
function expectNoOverlap(tops: readonly number[], heights: readonly number[]) {
  for (let index = 1; index < tops.length; index++) {
    const previousBottom = (tops[index - 1] ?? 0) + (heights[index - 1] ?? 0)
    expect(tops[index]).toBeGreaterThanOrEqual(previousBottom + gap)
  }
}

describe('placeCards', () => {
  it('puts each card level with its text when there is room', () => {
    expect(placeCards([0, 200, 500], [50, 50, 50], null, gap)).toEqual([0, 200, 500])
  })

  it('pushes cards that would overlap down, in order', () => {
    const heights = [100, 80, 40]
    const tops = placeCards([20, 50, 60], heights, null, gap)
    expect(tops).toEqual([20, 130, 220])
    expectNoOverlap(tops, heights)
  })

  it('keeps cards below the top of the margin', () => {
    expect(placeCards([-40, -10], [30, 30], null, gap)).toEqual([0, 40])
  })

  it('puts the active card exactly at its text, moving those above up and those below down', () => {
    const heights = [100, 100, 100, 100]
    const tops = placeCards([300, 320, 340, 360], heights, 2, gap)
    expect(tops[2]).toBe(340)
    expect(tops).toEqual([120, 230, 340, 450])
    expectNoOverlap(tops, heights)
  })

  it('moves the cards above the active one only as far as they must', () => {
    const tops = placeCards([0, 500, 540], [60, 60, 60], 2, gap)
    expect(tops).toEqual([0, 470, 540])
  })

  it('keeps the active card as close to its text as the cards above it leave room for', () => {
    const heights = [100, 100, 50]
    const tops = placeCards([0, 20, 40], heights, 2, gap)
    expect(tops).toEqual([0, 110, 220])
    expectNoOverlap(tops, heights)
  })

  it('lets cards without a place of their own follow the others', () => {
    expect(placeCards([100, 0, 0], [50, 30, 30], null, gap)).toEqual([100, 160, 200])
  })

  it('places nothing for no cards', () => {
    expect(placeCards([], [], null, gap)).toEqual([])
  })
})
