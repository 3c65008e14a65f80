import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { ImportContext } from '../context/ImportContext'
import { plainText } from '../markdown/plainText'
import { recommendationRecogniser } from '../recommendation/recommendationRecogniser'
import { isMeetingTable, tableRecogniser } from '../table/tableRecogniser'
import { isInferredHeading } from './isInferredHeading'
import { readBlock } from './readBlock'

export interface SectionBodyOptions {
  /** Whose section it is; their recommendations are marked as proposed by them. */
  person: Person
  /** The node types the section may hold; anything else ends it. */
  allowed: ReadonlySet<string>
  /** Lines that end the section besides the start of any recognised block. */
  endsAt?: (index: number) => boolean
  /** The level of the heading that opened the section: deeper headings are part of it. */
  underHeading?: number
}

/**
 * What one person's section holds after its first line: paragraphs, short sub-headings, lists,
 * tables and recommendations, up to the next recognised block, Markdown heading or paragraph that
 * opens with someone else's name. Their own name ("Jenny highlighted …") does not end it.
 */
export function readSectionBody(
  context: ImportContext,
  index: number,
  options: SectionBodyOptions,
): { nodes: JSONContent[]; next: number } {
  const nodes: JSONContent[] = []
  let current = index
  for (;;) {
    const start = context.nextNonBlank(current)
    const line = context.line(start)
    const isOwnHeading =
      line?.shape.kind === 'heading' &&
      options.underHeading !== undefined &&
      line.shape.level > options.underHeading
    if (!line || (line.shape.kind === 'heading' && !isOwnHeading) || options.endsAt?.(start)) break
    // A table someone presents is theirs; actions and attendance belong to the meeting.
    if (tableRecogniser.startsAt(context, start) && !isMeetingTable(context, start)) {
      if (!options.allowed.has('table')) break
      const read = tableRecogniser.read(context, start)
      nodes.push(...read.nodes)
      current = read.next
      continue
    }
    if (context.startsBlock(start, ['recommendation'])) break
    const named = line.shape.kind === 'text' && context.people.startingName(plainText(line.text))
    if (named && named.person !== options.person) break

    const isHeading = isInferredHeading(context, start)
    // A heading followed by someone else's block heads that block, not this section.
    if (isHeading && context.startsBlock(context.nextNonBlank(start + 1), ['recommendation'])) break
    if (isHeading && !options.allowed.has('heading')) break
    if (recommendationRecogniser.startsAt(context, start)) {
      if (!options.allowed.has('recommendation')) break
      const read = recommendationRecogniser.read(context, start)
      nodes.push(...read.nodes.map((node) => proposedBy(node, options.person)))
      current = read.next
      continue
    }
    const { node, next } = readBlock(context, start)
    if (!node.type || !options.allowed.has(node.type)) break
    nodes.push(node)
    current = next
  }
  return { nodes, next: current }
}

/** A recommendation in someone's section is theirs unless its lead names another proposer. */
function proposedBy(node: JSONContent, person: Person): JSONContent {
  return node.type === 'recommendation' && !node.attrs?.proposerId
    ? { ...node, attrs: { ...node.attrs, proposerId: person.id } }
    : node
}
