import { describe, expect, it } from 'vitest'
import { pickColor, principalColors } from './pickColor'

/** WCAG 2 contrast ratio between a #rrggbb colour and white. */
function contrastWithWhite(color: string): number {
  const channels = [1, 3, 5].map((start) => {
    const value = Number.parseInt(color.slice(start, start + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  })
  const [red = 0, green = 0, blue = 0] = channels
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
  return 1.05 / (luminance + 0.05)
}

describe('pickColor', () => {
  it('gives the same person the same colour every time', () => {
    expect(pickColor('account-1')).toBe(pickColor('account-1'))
  })

  it('spreads people over the whole palette', () => {
    const used = new Set(Array.from({ length: 500 }, (_, index) => pickColor(`person-${index}`)))
    expect(used).toEqual(new Set(principalColors))
  })

  it('keeps white text readable on every colour', () => {
    for (const color of principalColors)
      expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5)
  })
})
