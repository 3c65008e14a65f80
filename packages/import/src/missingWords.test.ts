import { describe, expect, it } from 'vitest'
import { missingWords } from './missingWords'

describe('missingWords', () => {
  it('counts each word: twice in the source needs twice in the rendering', () => {
    expect(missingWords('the cat and the hat', 'The cat, the hat')).toEqual(['and'])
    expect(missingWords('the the', 'the')).toEqual(['the'])
  })

  it('ignores case, punctuation, Markdown syntax and list numbering', () => {
    expect(
      missingWords('## **Bold** _it_\n1. First\n2. Second', 'bold it\n- First\n- Second'),
    ).toEqual([])
  })

  it('counts letters and digits of any script as words', () => {
    expect(missingWords('Zoë 2025 naïve', 'zoë naïve')).toEqual(['2025'])
  })

  it('reads the keys of opening front matter as syntax, never its values', () => {
    const source = '---\ntitle: Board\ndate: 2025-05-14\n---\nThe board met.'
    expect(missingWords(source, 'Board 2025-05-14 The board met.')).toEqual([])
    expect(missingWords(source, 'The board met.')).toEqual(['2025', '05', '14', 'board'])
    // Unclosed, or not where the document opens, it is text like any other.
    expect(missingWords('---\ntitle: Board', 'Board')).toEqual(['title'])
    expect(missingWords('Notes\n---\ntitle: Board\n---', 'Notes Board')).toEqual(['title'])
  })
})
