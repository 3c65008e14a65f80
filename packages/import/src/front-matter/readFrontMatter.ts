// "title: …", "date: …": a top-level YAML key and its value. Keys are matched, never stored
// as object properties, so `__proto__:` is just a line.
const entry = /^([A-Za-z_][\w-]{0,63})[ \t]*:(?:[ \t]+(.*))?$/

/** A top-level key at the start of a front-matter line, as `missingWords` skips it. */
export const frontMatterKey = /^[ \t]*[^\s:#-][^:\n]{0,99}?:(?=[ \t]|$)/

export interface FrontMatterLine {
  /** Index of the line among the document's lines. */
  index: number
  text: string
}

export interface FrontMatter {
  title: FrontMatterLine & { value: string }
  date: FrontMatterLine & { value: string }
}

/**
 * The `title` and `date` of front matter lines (each key's first, non-empty occurrence, its
 * value unquoted); the other lines as they stand, for the importer to keep.
 */
export function readFrontMatter(lines: readonly FrontMatterLine[]): {
  found: Partial<FrontMatter>
  rest: FrontMatterLine[]
} {
  const found: Partial<FrontMatter> = {}
  const rest: FrontMatterLine[] = []
  for (const line of lines) {
    const match = entry.exec(line.text)
    const key = match?.[1]?.toLowerCase()
    const value = unquoted(match?.[2]?.trim() ?? '')
    // "title: |" opens a block of lines, which stay as they are.
    if ((key === 'title' || key === 'date') && !found[key] && /[\p{L}\p{N}]/u.test(value)) {
      found[key] = { ...line, value }
    } else {
      rest.push(line)
    }
  }
  return { found, rest }
}

/** `"Board meeting"` or `'Board meeting'` as `Board meeting`. */
function unquoted(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value)
  return match ? (match[2] ?? '').trim() : value
}
