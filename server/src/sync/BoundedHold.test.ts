import { describe, expect, it } from 'vitest'
import { BoundedHold } from './BoundedHold'

const bytes = (length: number, fill = 0) => new Uint8Array(length).fill(fill)

describe('BoundedHold', () => {
  it('keeps messages in order up to either bound, and nothing past it', () => {
    const byCount = new BoundedHold(2, 100)
    expect([byCount.add(bytes(1, 1)), byCount.add(bytes(1, 2)), byCount.add(bytes(1, 3))]).toEqual([
      true,
      true,
      false,
    ])
    expect(byCount.takeAll()).toEqual([bytes(1, 1), bytes(1, 2)])

    const bySize = new BoundedHold(10, 10)
    expect([bySize.add(bytes(6)), bySize.add(bytes(5)), bySize.add(bytes(4))]).toEqual([
      true,
      false,
      true,
    ])
    expect(bySize.add(bytes(1))).toBe(false)
  })

  it('frees what it gives back or drops', () => {
    const hold = new BoundedHold(2, 10)
    hold.add(bytes(10, 1))
    expect(hold.first).toEqual(bytes(10, 1))
    hold.dropFirst()
    expect(hold.first).toBeUndefined()
    expect(hold.add(bytes(10, 2))).toBe(true)
    expect(hold.takeAll()).toEqual([bytes(10, 2)])
    expect([hold.add(bytes(10)), hold.add(bytes(0))]).toEqual([true, true])
  })
})
