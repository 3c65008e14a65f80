import { describe, expect, it } from 'vitest'
import { PresenceBudget } from './PresenceBudget'

describe('PresenceBudget', () => {
  it('allows a burst, then a steady rate', () => {
    let now = 0
    const budget = new PresenceBudget(10, 5, () => now)
    for (let index = 0; index < 5; index++) expect(budget.take()).toBe(true)
    expect(budget.take()).toBe(false)
    expect(budget.msUntilNext()).toBe(100)
    now += 100
    expect(budget.take()).toBe(true)
    expect(budget.take()).toBe(false)
  })

  it('never saves up more than the burst', () => {
    let now = 0
    const budget = new PresenceBudget(10, 3, () => now)
    now += 60_000
    let taken = 0
    while (budget.take()) taken += 1
    expect(taken).toBe(3)
  })
})
