import type { ImportContext } from '../context/ImportContext'
import type { Line } from '../lines/splitLines'
import { plainText } from '../markdown/plainText'

export interface ListEntry {
  /** Where the item starts, for the report. */
  line: Line
  /** Its text as written, inline Markdown included. */
  text: string
  children: ListTree[]
  /** A blank line came before it. */
  afterBlank: boolean
}

export interface ListTree {
  ordered: boolean
  start: number
  items: ListEntry[]
}

/**
 * The list starting at `index`, nested by indentation. A single blank line between items does
 * not end it, and an item that ends in ":" and stands before a blank line takes the items after
 * it as its own (as many as it announces: "Two changes should be made:"), as flattened word
 * processor lists write sub-items.
 */
export function readList(context: ImportContext, index: number): { tree: ListTree; next: number } {
  const first = context.line(index)
  const firstShape = first?.shape.kind === 'listItem' ? first.shape : undefined
  const root: ListTree = {
    ordered: firstShape?.ordered ?? false,
    start: firstShape?.number ?? 1,
    items: [],
  }
  const stack: { indent: number; tree: ListTree }[] = [{ indent: first?.indent ?? 0, tree: root }]
  let current = index
  let afterBlank = false
  for (let line = context.line(current); line; line = context.line(current)) {
    const shape = line.shape
    if (shape.kind === 'listItem') {
      if (current !== index && context.startsBlock(current)) break
      while (stack.length > 1 && line.indent < (stack.at(-1)?.indent ?? 0)) stack.pop()
      let level = stack.at(-1) ?? stack[0]!
      const parent = level.tree.items.at(-1)
      if (line.indent > level.indent && parent) {
        level = {
          indent: line.indent,
          tree: { ordered: shape.ordered, start: shape.number, items: [] },
        }
        parent.children.push(level.tree)
        stack.push(level)
      } else if (shape.ordered !== level.tree.ordered) {
        const owner = stack.at(-2)?.tree.items.at(-1)
        if (!owner) break
        level.tree = { ordered: shape.ordered, start: shape.number, items: [] }
        owner.children.push(level.tree)
      }
      level.tree.items.push({ line, text: shape.text, children: [], afterBlank })
      afterBlank = false
      current++
      continue
    }
    const last = stack.at(-1)?.tree.items.at(-1)
    if (shape.kind === 'text' && !afterBlank && last && line.indent > last.line.indent) {
      last.text = `${last.text} ${line.text}`
      current++
      continue
    }
    if (shape.kind === 'blank') {
      const following = context.nextNonBlank(current)
      if (context.line(following)?.shape.kind === 'listItem' && !context.startsBlock(following)) {
        afterBlank = true
        current = following
        continue
      }
    }
    break
  }
  adoptAnnouncedItems(root)
  return { tree: root, next: current }
}

const counts: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}

function adoptAnnouncedItems(tree: ListTree): void {
  const items = tree.items
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (!item) continue
    for (const child of item.children) adoptAnnouncedItems(child)
    const introduces =
      item.children.length === 0 &&
      items[index + 1]?.afterBlank === true &&
      plainText(item.text).endsWith(':')
    if (!introduces) continue
    let end = index + 2
    while (end < items.length && items[end]?.afterBlank === false) end++
    const run = end - index - 1
    const announced = announcedCount(item.text)
    const adopted = items.splice(index + 1, announced && announced <= run ? announced : run)
    for (const entry of adopted.slice(0, 1)) entry.afterBlank = false
    const child: ListTree = { ordered: tree.ordered, start: 1, items: adopted }
    adoptAnnouncedItems(child)
    item.children.push(child)
  }
}

function announcedCount(text: string): number | undefined {
  const match = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/i.exec(text)
  if (!match?.[1]) return undefined
  return counts[match[1].toLowerCase()] ?? Number(match[1])
}
