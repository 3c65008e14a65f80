export interface SnippetPart {
  text: string
  isMatch: boolean
}

/**
 * The snippet as plain pieces, matched or not, from the server's [start, end) ranges: rendered
 * as text nodes, so nothing a person typed is ever read as markup. Ranges out of order,
 * overlapping or out of bounds are ignored.
 */
export function splitSnippet(
  snippet: string,
  highlights: readonly [number, number][],
): SnippetPart[] {
  const parts: SnippetPart[] = []
  let at = 0
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > snippet.length) continue
    if (start > at) parts.push({ text: snippet.slice(at, start), isMatch: false })
    parts.push({ text: snippet.slice(start, end), isMatch: true })
    at = end
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), isMatch: false })
  return parts
}
