// A Markdown line that ends in an unescaped backslash breaks the line there.
const breaksAfter = /(?:^|[^\\])(?:\\\\)*\\$/

/** Whether a Markdown line ends in a line break, and so runs on into the next line. */
export function endsInLineBreak(line: string): boolean {
  return breaksAfter.test(line)
}
