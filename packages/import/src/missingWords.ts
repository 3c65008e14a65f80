const word = /[\p{L}\p{N}]+/gu
// A Markdown ordered-list marker is syntax, renumbered on rendering, not a word of the minutes;
// nor is the `<br>` that breaks a line in a table cell.
const syntax = /^[ \t]*\d{1,3}[.)][ \t]+|<br\s*\/?>/gim

/**
 * The words of `source` that `rendered` lacks, counted: "the" three times in the source needs
 * it three times in the rendering. Case and punctuation do not count; Markdown syntax is no word.
 */
export function missingWords(source: string, rendered: string): string[] {
  const available = new Map<string, number>()
  for (const [token] of rendered.toLowerCase().matchAll(word)) {
    available.set(token, (available.get(token) ?? 0) + 1)
  }
  const missing: string[] = []
  for (const [token] of source.replace(syntax, ' ').toLowerCase().matchAll(word)) {
    const count = available.get(token) ?? 0
    if (count === 0) missing.push(token)
    else available.set(token, count - 1)
  }
  return missing
}
