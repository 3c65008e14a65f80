import { frontMatterEnd } from './front-matter/frontMatterEnd'
import { frontMatterKey } from './front-matter/readFrontMatter'

const word = /[\p{L}\p{N}]+/gu
// A Markdown ordered-list marker is syntax, renumbered on rendering, not a word of the minutes;
// nor is the `<br>` that breaks a line in a table cell.
const syntax = /^[ \t]*\d{1,3}[.)][ \t]+|<br\s*\/?>/gim

/**
 * The words of `source` that `rendered` lacks, counted: "the" three times in the source needs
 * it three times in the rendering. Case and punctuation do not count; Markdown syntax is no word,
 * nor are the keys of the front matter that opens a document.
 */
export function missingWords(source: string, rendered: string): string[] {
  const available = new Map<string, number>()
  for (const [token] of rendered.toLowerCase().matchAll(word)) {
    available.set(token, (available.get(token) ?? 0) + 1)
  }
  const missing: string[] = []
  for (const [token] of withoutFrontMatterKeys(source)
    .replace(syntax, ' ')
    .toLowerCase()
    .matchAll(word)) {
    const count = available.get(token) ?? 0
    if (count === 0) missing.push(token)
    else available.set(token, count - 1)
  }
  return missing
}

/** `source` with the keys of its front matter ("title:", "date:") blanked: syntax, not words. */
function withoutFrontMatterKeys(source: string): string {
  if (!/^\uFEFF?---/.test(source)) return source
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const end = frontMatterEnd((index) => lines[index])
  if (end === undefined) return source
  for (let index = 1; index < end; index++) {
    lines[index] = (lines[index] ?? '').replace(frontMatterKey, ' ')
  }
  return lines.join('\n')
}
