/** Front matter longer than this is no front matter: a `---` that opens a document and closes far below is a rule. */
export const maxFrontMatterLines = 100

const opening = /^---[ \t]*$/
const closing = /^(?:---|\.\.\.)[ \t]*$/

/**
 * Where the YAML front matter that opens a Markdown document ends: the index of its closing
 * `---` (or `...`) line, looked for within `maxFrontMatterLines`; undefined if the document
 * opens with none, or never closes it.
 */
export function frontMatterEnd(lineAt: (index: number) => string | undefined): number | undefined {
  if (!opening.test(lineAt(0) ?? '')) return undefined
  for (let index = 1; index <= maxFrontMatterLines + 1; index++) {
    const line = lineAt(index)
    if (line === undefined) return undefined
    if (closing.test(line)) return index
  }
  return undefined
}
