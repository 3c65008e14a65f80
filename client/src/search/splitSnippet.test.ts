import { describe, expect, it } from 'vitest'
import { splitSnippet } from './splitSnippet'

describe('splitSnippet', () => {
  it('splits the snippet into matched and plain pieces', () => {
    expect(
      splitSnippet('held in police custody.', [
        [8, 14],
        [15, 22],
      ]),
    ).toEqual([
      { text: 'held in ', isMatch: false },
      { text: 'police', isMatch: true },
      { text: ' ', isMatch: false },
      { text: 'custody', isMatch: true },
      { text: '.', isMatch: false },
    ])
  })

  it('keeps markup in the text as text, and ignores ranges that do not fit', () => {
    const snippet = '<mark>x</mark> <img src=x onerror=alert(1)>'
    expect(
      splitSnippet(snippet, [
        [0, 6],
        [3, 9],
        [40, 99],
        [5, 5],
      ]),
    ).toEqual([
      { text: '<mark>', isMatch: true },
      { text: 'x</mark> <img src=x onerror=alert(1)>', isMatch: false },
    ])
  })
})
