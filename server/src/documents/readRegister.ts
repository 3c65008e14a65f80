import {
  CONTENT_FRAGMENT_NAME,
  minutesExtensions,
  type Person,
  type RegisterEntry,
  readMeetingDetailsAttributes,
  registerEntries,
  registerKinds,
  withValidAttributes,
} from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import * as Y from 'yjs'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'
import type { SearchBlock } from '../persistence/SearchIndex'
import { blockIdOf, extractSearchBlocks } from './extractSearchBlocks'
import { readContent, readStored } from './readMinutes'

const schema = getSchema(minutesExtensions())
const spokenKinds = new Set(['speakerSection', 'question', 'answer'])

/** A register entry with the id of its block, for a link that opens the minutes there. */
export interface LinkedEntry extends RegisterEntry {
  /** The Yjs id of the block's element (as search results give it); null if it cannot be told. */
  blockId: string | null
  /**
   * Where an action carried over from an earlier meeting was agreed: its text links there
   * (`/d/:id?block=`), as "Matters arising" writes it.
   */
  carriedFrom: { documentId: string; blockId: string } | null
}

/** The link "Matters arising" puts in a carried action's text: the minutes opened at the block. */
const carriedLink = /^\/d\/([A-Za-z0-9_-]{1,64})\?block=(\d+-\d+)$/

/** What a series needs of one meeting's minutes, read as the editor's own register reads them. */
export interface MinutesRegister {
  meta: DocumentMeta
  /** The meeting's date (yyyy-mm-dd) from its details block. */
  date: string | null
  entries: LinkedEntry[]
  people: Person[]
  /** What people said: the paragraphs of their sections, their questions and answers. */
  said: SearchBlock[]
}

/**
 * The recommendations, decisions and actions of stored minutes, numbered as the editor numbers
 * them (`registerEntries`, shared with the client). The store holds every update anyone has
 * seen, so this is current without loading a live document.
 */
export function readRegister(
  store: DocumentStore,
  id: string,
): Promise<MinutesRegister | undefined> {
  return readStored(store, id, readRegisterOf)
}

/** The register of a Yjs document. */
export function readRegisterOf(doc: Y.Doc): Omit<MinutesRegister, 'meta'> {
  const { content, people } = readContent(doc)
  const node: ProseMirrorNode = content.content?.length
    ? schema.nodeFromJSON(withValidAttributes(content, schema))
    : schema.topNodeType.create()
  const byId = new Map(people.map((person) => [person.id, person]))
  const entries = registerEntries(node, (personId) => byId.get(personId))
  const fragment = doc.getXmlFragment(CONTENT_FRAGMENT_NAME)
  const blockIds = new Map(
    registerKinds.map(({ kind, typeName }) => [kind, elementsNamed(fragment, typeName)]),
  )
  const counters = new Map<string, number>()
  const linked = entries.map((entry): LinkedEntry => {
    const index = counters.get(entry.kind) ?? 0
    counters.set(entry.kind, index + 1)
    const ids = blockIds.get(entry.kind) ?? []
    // The JSON is the fragment converted node for node, so the nth block of a kind is its nth element.
    const sameCount = ids.length === entries.filter(({ kind }) => kind === entry.kind).length
    const block = node.nodeAt(entry.position)
    return {
      ...entry,
      blockId: sameCount ? (ids[index] ?? null) : null,
      carriedFrom: entry.kind === 'action' && block ? carriedFromOf(block) : null,
    }
  })
  const said = extractSearchBlocks(doc).filter(
    ({ kind, speakerId }) => speakerId !== null && spokenKinds.has(kind),
  )
  return { date: meetingDateOf(node), entries: linked, people, said }
}

/** Elements named `name`, in document order, not looking inside one found (as `numberBlocks`). */
function elementsNamed(parent: Y.XmlFragment | Y.XmlElement, name: string): string[] {
  const found: string[] = []
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue
    if (child.nodeName === name) {
      const id = blockIdOf(child)
      if (id) found.push(id)
    } else found.push(...elementsNamed(child, name))
  }
  return found
}

function carriedFromOf(block: ProseMirrorNode): LinkedEntry['carriedFrom'] {
  let found: LinkedEntry['carriedFrom'] = null
  block.descendants((child) => {
    if (found) return false
    for (const mark of child.marks) {
      const match = mark.type.name === 'link' ? carriedLink.exec(String(mark.attrs.href)) : null
      if (match?.[1] && match[2]) found = { documentId: match[1], blockId: match[2] }
    }
    return true
  })
  return found
}

function meetingDateOf(doc: ProseMirrorNode): string | null {
  let date: string | null = null
  doc.descendants((node) => {
    if (date !== null) return false
    if (node.type.name === 'meetingDetails') {
      date = readMeetingDetailsAttributes(node).date
      return false
    }
    return !node.isTextblock
  })
  return date
}
