import type { RankedMatch } from './rankMatches'

export interface Snippet {
  /** Plain text: the client writes it as text, never as markup. */
  snippet: string
  /** [start, end) of each matched word within `snippet`. */
  highlights: [number, number][]
}

const ellipsis = '…'

/** A stretch of the block around its best match, at most about `maxLength` characters, with its matched words. */
export function makeSnippet(match: RankedMatch, maxLength = 200): Snippet {
  const { text, tokens, hits, window } = match
  const focus = tokens[window[0]]?.start ?? 0
  let start = text.length <= maxLength ? 0 : Math.max(0, focus - Math.floor(maxLength / 4))
  let end = Math.min(text.length, start + maxLength)
  if (end === text.length) start = Math.max(0, end - maxLength)
  // Cut between words, not through one.
  const wordAtStart = tokens.find((token) => token.start < start && token.end > start)
  if (wordAtStart) start = wordAtStart.end
  const wordAtEnd = tokens.find((token) => token.start < end && token.end > end)
  if (wordAtEnd) end = wordAtEnd.start
  const prefix = start > 0 ? ellipsis : ''
  const body = text.slice(start, end).trim()
  const trimmedStart =
    start + (text.slice(start, end).length - text.slice(start, end).trimStart().length)
  const snippet = `${prefix}${body}${end < text.length ? ellipsis : ''}`
  const offset = prefix.length - trimmedStart
  const highlights = hits.flatMap((index): [number, number][] => {
    const token = tokens[index]
    const isShown =
      token !== undefined && token.start >= trimmedStart && token.end <= trimmedStart + body.length
    return isShown ? [[token.start + offset, token.end + offset]] : []
  })
  return { snippet, highlights }
}
