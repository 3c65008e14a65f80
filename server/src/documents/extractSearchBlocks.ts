import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME } from '@minutes/schema'
import * as Y from 'yjs'
import type { SearchBlock } from '../persistence/SearchIndex'

/** A top-level node of the content: what an edit below it makes stale. */
export type TopLevelNode = Y.XmlElement | Y.XmlText

/** Names of the people register, by id, for the blocks' speakers. */
export type SpeakerNames = ReadonlyMap<string, string>

/**
 * Nodes whose children are searched one by one, each with the container's speaker: a speaker's
 * long section yields its paragraphs, recommendations and decisions, so a result opens at the
 * paragraph that matched, not at the top of the section.
 */
const containers = new Set(['speakerSection', 'questionAnswer'])
/** Children of a section keeping their own kind; everything else there is "speakerSection". */
const ownKindInSection = new Set(['recommendation', 'decision', 'actionItem'])

/** The id a block is known by in the index and in links: its element's Yjs id, stable while it lives. */
export function blockIdOf(node: { _item: Y.Item | null }): string | undefined {
  const item = node._item
  return item ? `${item.id.client}-${item.id.clock}` : undefined
}

/** The ids of the blocks of some top-level nodes (all by default), empty or not; reads no text. */
export function listBlockIds(
  doc: Y.Doc,
  nodes: readonly TopLevelNode[] = topLevelNodesOf(doc),
): Set<string> {
  const ids = new Set<string>()
  for (const node of nodes) {
    for (const block of blockNodesOf(node)) {
      const id = blockIdOf(block.node)
      if (id) ids.add(id)
    }
  }
  return ids
}

/** The content's top-level nodes, in order. */
export function topLevelNodesOf(doc: Y.Doc): TopLevelNode[] {
  return doc
    .getXmlFragment(CONTENT_FRAGMENT_NAME)
    .toArray()
    .filter((node) => node instanceof Y.XmlElement || node instanceof Y.XmlText)
}

/** The blocks of one top-level node, with their text; blocks without text are left out. */
export function extractBlocksOf(node: TopLevelNode, speakers: SpeakerNames): SearchBlock[] {
  return blockNodesOf(node).flatMap(({ node: blockNode, kind, speakerId }) => {
    const blockId = blockIdOf(blockNode)
    const text = textOf(blockNode).trim()
    if (!blockId || text === '') return []
    return [
      {
        blockId,
        kind,
        speakerId,
        speakerName: speakerId ? (speakers.get(speakerId) ?? null) : null,
        text,
      },
    ]
  })
}

/** Every block of the document: for a first indexing or a full check. */
export function extractSearchBlocks(doc: Y.Doc): SearchBlock[] {
  const speakers = readSpeakerNames(doc)
  return topLevelNodesOf(doc).flatMap((node) => extractBlocksOf(node, speakers))
}

/** The people register's names; the map is written by clients, so only text is taken. */
export function readSpeakerNames(doc: Y.Doc): Map<string, string> {
  const names = new Map<string, string>()
  for (const value of doc.getMap<unknown>(PEOPLE_MAP_NAME).values()) {
    if (typeof value !== 'object' || value === null) continue
    const { id, name } = value as Record<string, unknown>
    if (typeof id === 'string' && typeof name === 'string') names.set(id, name)
  }
  return names
}

interface BlockNode {
  node: TopLevelNode
  kind: string
  speakerId: string | null
}

function blockNodesOf(node: TopLevelNode): BlockNode[] {
  if (!(node instanceof Y.XmlElement)) return [{ node, kind: 'paragraph', speakerId: null }]
  if (!containers.has(node.nodeName)) {
    return [{ node, kind: node.nodeName, speakerId: null }]
  }
  const sectionSpeaker = textAttribute(node, 'speakerId')
  return node.toArray().flatMap((child): BlockNode[] => {
    if (!(child instanceof Y.XmlElement) && !(child instanceof Y.XmlText)) return []
    if (node.nodeName === 'questionAnswer') {
      const isQuestion = child instanceof Y.XmlElement && child.nodeName === 'question'
      const speakerId =
        child instanceof Y.XmlElement
          ? textAttribute(child, isQuestion ? 'askerId' : 'speakerId')
          : null
      return [{ node: child, kind: isQuestion ? 'question' : 'answer', speakerId }]
    }
    const kind =
      child instanceof Y.XmlElement && ownKindInSection.has(child.nodeName)
        ? child.nodeName
        : 'speakerSection'
    return [{ node: child, kind, speakerId: sectionSpeaker }]
  })
}

function textAttribute(element: Y.XmlElement, name: string): string | null {
  const value: unknown = element.getAttribute(name)
  return typeof value === 'string' && value !== '' ? value : null
}

/** The words of a node: inline text run together, blocks separated by a space. */
function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert: unknown }[])
      .map(({ insert }) => (typeof insert === 'string' ? insert : ' '))
      .join('')
  }
  if (!(node instanceof Y.XmlElement)) return ''
  return node
    .toArray()
    .map(textOf)
    .filter((text) => text !== '')
    .join(' ')
}
