import { readHeadingAttributes } from '../validation/readStandardAttributes'
import { agendaItemLevel, readAgendaItemAttributes } from './AgendaItem'

/** A block as ProseMirror holds it (`type.name`) or as its JSON writes it (`type`). */
export interface GroupedBlock {
  readonly type?: string | { readonly name: string }
  readonly attrs?: Readonly<Record<string, unknown>> | null
}

// Blocks that speak for the whole meeting and so belong to no item.
const meetingWide: ReadonlySet<string> = new Set(['meetingHeader', 'chairSummary'])

/**
 * Where the group of the agenda item at `index` ends (the index after its last block): an item
 * groups the blocks after it up to the next agenda item or heading of the same or a higher level
 * (so "3" holds "3.1" and its blocks, "3.1" stops at "3.2" or "4"), the chair's summary or the
 * meeting header, or the end. `index` itself is returned, empty, when that block is no item.
 * Outline, moving and exports all group by this one rule.
 */
export function agendaItemGroupEnd(blocks: readonly GroupedBlock[], index: number): number {
  const item = blocks[index]
  if (!item || typeName(item) !== 'agendaItem') return index
  const level = agendaItemLevel(readAgendaItemAttributes({ attrs: item.attrs ?? {} }).number)
  let end = index + 1
  for (; end < blocks.length; end++) {
    const block = blocks[end]
    if (!block) break
    const type = typeName(block)
    if (meetingWide.has(type)) break
    const blockLevel = levelOf(type, block)
    if (blockLevel !== undefined && blockLevel <= level) break
  }
  return end
}

/** How many agenda items' groups hold each block: 0 outside any, 1 under "3", 2 under "3.1". */
export function agendaItemDepths(blocks: readonly GroupedBlock[]): number[] {
  const open: number[] = []
  return blocks.map((block, index) => {
    while (open.length > 0 && (open.at(-1) ?? 0) <= index) open.pop()
    const depth = open.length
    if (typeName(block) === 'agendaItem') open.push(agendaItemGroupEnd(blocks, index))
    return depth
  })
}

function typeName(block: GroupedBlock): string {
  return typeof block.type === 'string' ? block.type : (block.type?.name ?? '')
}

function levelOf(type: string, block: GroupedBlock): number | undefined {
  const attrs = { attrs: block.attrs ?? {} }
  if (type === 'agendaItem') return agendaItemLevel(readAgendaItemAttributes(attrs).number)
  if (type === 'heading') return readHeadingAttributes(attrs).level
  return undefined
}
