/** At most this many words of a query are searched for; the rest are ignored. */
export const maxSearchTerms = 16

export interface Token {
  /** Where the word stands in the text, [start, end). */
  start: number
  end: number
  /** Lower case, accents removed: what terms are compared with. */
  folded: string
}

const word = /[\p{L}\p{N}]+/gu

/** Lower case without accents, as SQLite's unicode61 tokenizer compares words. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The words of `text`: runs of letters and digits, everything else separates them. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(word)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldForSearch(match[0]),
  }))
}

/**
 * The words of what someone typed, without any syntax: quotes, `*`, `NEAR(`, `OR` and the
 * like are punctuation or plain words here, so no query can reach a store as an operator.
 */
export function parseSearchTerms(query: string): string[] {
  const terms = new Set<string>()
  for (const match of query.matchAll(word)) {
    const term = foldForSearch(match[0])
    if (term !== '') terms.add(term)
    if (terms.size === maxSearchTerms) break
  }
  return [...terms]
}

/** Whether every term starts one of the words of `text`. */
export function matchesAllTerms(text: string, terms: readonly string[]): boolean {
  const words = tokenize(text).map(({ folded }) => folded)
  return terms.every((term) => words.some((candidate) => candidate.startsWith(term)))
}
