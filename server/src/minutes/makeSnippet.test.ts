import { describe, expect, it } from 'vitest'
import { parseSearchTerms } from '../persistence/searchTerms'
import { makeSnippet } from './makeSnippet'
import { rankMatches } from './rankMatches'

const snippetOf = (text: string, query: string, maxLength?: number) => {
  const [ranked] = rankMatches(
    [
      {
        documentId: 'd',
        blockId: 'b',
        kind: 'paragraph',
        speakerId: null,
        speakerName: null,
        text,
      },
    ],
    parseSearchTerms(query),
  )
  if (!ranked) throw new Error('no match')
  const snippet = makeSnippet(ranked, maxLength)
  return {
    ...snippet,
    marked: snippet.highlights.map(([start, end]) => snippet.snippet.slice(start, end)),
  }
}

describe('makeSnippet', () => {
  it('keeps a short block whole and marks each word a term begins', () => {
    expect(snippetOf('Police said: police custody.', 'pol cust')).toEqual({
      snippet: 'Police said: police custody.',
      highlights: [
        [0, 6],
        [13, 19],
        [20, 27],
      ],
      marked: ['Police', 'police', 'custody'],
    })
  })

  it('cuts a long block between words around the best match, with ellipses', () => {
    const text = `${'alpha '.repeat(60)}the Café déjà vu ${'omega '.repeat(60)}`.trim()
    const { snippet, marked } = snippetOf(text, 'cafe deja', 80)
    expect(snippet.startsWith('…alpha')).toBe(true)
    expect(snippet.endsWith('omega…')).toBe(true)
    expect(snippet.length).toBeLessThanOrEqual(82)
    expect(marked).toEqual(['Café', 'déjà'])
  })
})

describe('rankMatches', () => {
  it('puts the block whose words stand together before one where they stand apart', () => {
    const block = (blockId: string, text: string) => ({
      documentId: 'd',
      blockId,
      kind: 'paragraph',
      speakerId: null,
      speakerName: null,
      text,
    })
    const ranked = rankMatches(
      [
        block('far', 'custody was, said the witness at length, a police matter'),
        block('near', 'held in police custody'),
        block('more', 'police custody and police custody again'),
      ],
      parseSearchTerms('police custody'),
    )
    expect(ranked.map(({ blockId }) => blockId)).toEqual(['more', 'near', 'far'])
  })
})
