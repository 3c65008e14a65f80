import { describe, expect, it } from 'vitest'
import { nestOutlineEntries } from './nestOutlineEntries'

describe('nestOutlineEntries', () => {
  it('nests each entry under the item whose group holds it', () => {
    const tree = nestOutlineEntries([0, 0, 1, 1, 2, 0, 1].map((depth) => ({ depth })))
    expect(tree).toEqual([
      { index: 0, children: [] },
      {
        index: 1,
        children: [
          { index: 2, children: [] },
          { index: 3, children: [{ index: 4, children: [] }] },
        ],
      },
      { index: 5, children: [{ index: 6, children: [] }] },
    ])
  })

  it('keeps an entry deeper than any open parent, under the deepest', () => {
    expect(nestOutlineEntries([{ depth: 2 }, { depth: 0 }, { depth: 3 }])).toEqual([
      { index: 0, children: [] },
      { index: 1, children: [{ index: 2, children: [] }] },
    ])
  })
})
