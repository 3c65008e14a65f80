/**
 * The cells of a pipe table row, "| Action | Owner |" or "Action | Owner", as written (inline
 * Markdown and `\|` escapes kept); undefined for a line without a pipe between cells.
 */
export function splitTableRow(text: string): string[] | undefined {
  const cells: string[] = []
  let start = 0
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\\') index++
    else if (text[index] === '|') {
      cells.push(text.slice(start, index))
      start = index + 1
    }
  }
  if (cells.length === 0) return undefined
  cells.push(text.slice(start))
  if (cells[0]?.trim() === '') cells.shift()
  if (cells.at(-1)?.trim() === '') cells.pop()
  return cells.map((cell) => cell.trim())
}

/** Whether cells are a header's delimiter row: "---", ":--", "--:" each. */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell))
}
