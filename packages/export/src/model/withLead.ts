import type { Block, Inline } from './RenderModel'

/**
 * Runs a bold lead ("Recommendation R1 (agreed):", "A1") into the first paragraph, and a
 * trail into the last, as printed minutes do; a block that opens otherwise gets its own line.
 */
export function withLead(lead: string | null, blocks: Block[], trail = ''): Block[] {
  const result = [...blocks]
  if (lead) {
    const leadText: Inline = { type: 'text', text: lead, marks: { bold: true } }
    const first = result[0]
    if (first?.type === 'paragraph') {
      result[0] = { type: 'paragraph', content: [leadText, space, ...first.content] }
    } else {
      result.unshift({ type: 'paragraph', content: [leadText] })
    }
  }
  if (trail) {
    const trailText: Inline = { type: 'text', text: trail, marks: {} }
    const last = result.at(-1)
    if (last?.type === 'paragraph') {
      result[result.length - 1] = { type: 'paragraph', content: [...last.content, trailText] }
    } else {
      result.push({ type: 'paragraph', content: [trailText] })
    }
  }
  return result
}

const space: Inline = { type: 'text', text: ' ', marks: {} }
