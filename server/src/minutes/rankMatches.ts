import type { SearchMatch } from '../persistence/SearchIndex'
import { type Token, tokenize } from '../persistence/searchTerms'

/** Where the terms stand in a block's text, and how well it matches. */
export interface RankedMatch extends SearchMatch {
  score: number
  tokens: Token[]
  /** Indexes in `tokens` of words some term begins. */
  hits: number[]
  /** The shortest run of tokens holding every term: [first, last]. */
  window: [number, number]
}

/** What adjacent terms are worth over terms far apart, in matched words. */
const proximityWeight = 4

/**
 * Orders the store's candidates the same way whatever the store: more matched words first, and
 * among those the blocks where the words stand closer together. Ties keep the store's order.
 */
export function rankMatches(
  matches: readonly SearchMatch[],
  terms: readonly string[],
): RankedMatch[] {
  return matches
    .map((match) => scoreMatch(match, terms))
    .map((ranked, order) => ({ ranked, order }))
    .sort((a, b) => b.ranked.score - a.ranked.score || a.order - b.order)
    .map(({ ranked }) => ranked)
}

function scoreMatch(match: SearchMatch, terms: readonly string[]): RankedMatch {
  const tokens = tokenize(match.text)
  const termOf = tokens.map((token) => terms.findIndex((term) => token.folded.startsWith(term)))
  const hits = termOf.flatMap((term, index) => (term === -1 ? [] : [index]))
  const window = shortestWindow(hits, termOf, terms.length)
  const span = window[1] - window[0] + 1
  const proximity = terms.length > 1 ? (proximityWeight * terms.length) / span : 0
  return { ...match, score: hits.length + proximity, tokens, hits, window }
}

/** The shortest run of tokens that holds every term at least once (two pointers over the hits). */
function shortestWindow(hits: number[], termOf: number[], termCount: number): [number, number] {
  const first = hits[0] ?? 0
  let best: [number, number] = [first, hits.at(-1) ?? first]
  const seen = new Map<number, number>()
  let left = 0
  for (const right of hits) {
    const term = termOf[right] ?? -1
    seen.set(term, (seen.get(term) ?? 0) + 1)
    while (seen.size === termCount) {
      const start = hits[left] ?? right
      if (right - start < best[1] - best[0]) best = [start, right]
      const leftTerm = termOf[start] ?? -1
      const count = (seen.get(leftTerm) ?? 1) - 1
      if (count === 0) seen.delete(leftTerm)
      else seen.set(leftTerm, count)
      left += 1
    }
  }
  return best
}
