/** An outline entry (by its index in the flat list) and the entries nested under it. */
export interface OutlineBranch {
  index: number
  children: OutlineBranch[]
}

/**
 * The flat entries as a tree: each entry under the nearest entry before it one level up (the
 * agenda item whose group holds it). An entry deeper than any open parent goes under the
 * deepest one, so no entry is ever lost.
 */
export function nestOutlineEntries(entries: readonly { depth: number }[]): OutlineBranch[] {
  const roots: OutlineBranch[] = []
  const open: { depth: number; branch: OutlineBranch }[] = []
  entries.forEach(({ depth }, index) => {
    while ((open.at(-1)?.depth ?? -1) >= depth) open.pop()
    const branch: OutlineBranch = { index, children: [] }
    const parent = open.at(-1)
    if (parent) parent.branch.children.push(branch)
    else roots.push(branch)
    open.push({ depth, branch })
  })
  return roots
}
