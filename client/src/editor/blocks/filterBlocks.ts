import type { BlockDefinition } from './blockDefinitions'

/**
 * The blocks matching what was typed after "/", best first: labels beginning with it, then a
 * word of the label, then a keyword, then anywhere in the label. Spaces and case do not count.
 */
export function filterBlocks(blocks: readonly BlockDefinition[], query: string): BlockDefinition[] {
  const typed = normalise(query)
  if (!typed) return [...blocks]
  const ranked: { block: BlockDefinition; score: number; index: number }[] = []
  blocks.forEach((block, index) => {
    const score = scoreBlock(block, typed)
    if (score !== undefined) ranked.push({ block, score, index })
  })
  return ranked.sort((a, b) => a.score - b.score || a.index - b.index).map(({ block }) => block)
}

function scoreBlock(block: BlockDefinition, typed: string): number | undefined {
  const label = normalise(block.label)
  if (label.startsWith(typed)) return 0
  const words = block.label
    .toLowerCase()
    .split(/[^\p{Letter}\p{Number}&]+/u)
    .filter(Boolean)
  if (words.some((word) => word.startsWith(typed))) return 1
  if (block.keywords.some((keyword) => normalise(keyword).startsWith(typed))) return 2
  if (label.includes(typed)) return 3
  return undefined
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s’']+/g, '')
}
