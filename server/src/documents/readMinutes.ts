import { CONTENT_FRAGMENT_NAME, PEOPLE_MAP_NAME, type Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { DocumentMeta, DocumentStore } from '../persistence/DocumentStore'

export interface StoredMinutes {
  meta: DocumentMeta
  /** ProseMirror JSON of the whole document. */
  content: JSONContent
  people: Person[]
}

/**
 * A document's content and people register as stored. The store holds every update any client
 * has seen (the server writes before it broadcasts), so replaying it needs no live document.
 */
export function readMinutes(store: DocumentStore, id: string): Promise<StoredMinutes | undefined> {
  return readStored(store, id, readContent)
}

/**
 * What `read` finds in a document as stored, beside its meta; undefined for an unknown id. The
 * document is rebuilt from the stored updates and dropped after `read`.
 */
export async function readStored<T extends object>(
  store: DocumentStore,
  id: string,
  read: (doc: Y.Doc) => T,
): Promise<({ meta: DocumentMeta } & T) | undefined> {
  const meta = await store.getDocument(id)
  if (!meta) return undefined
  const updates = await store.loadUpdates(id)
  const doc = new Y.Doc()
  try {
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
    return { meta, ...read(doc) }
  } finally {
    doc.destroy()
  }
}

/** The content and people register of a Yjs document (a live one, or a version rebuilt). */
export function readContent(doc: Y.Doc): Pick<StoredMinutes, 'content' | 'people'> {
  const content = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(CONTENT_FRAGMENT_NAME))
  const people = [...doc.getMap<unknown>(PEOPLE_MAP_NAME).values()].flatMap(readPerson)
  return { content, people }
}

const optionalFields = ['title', 'organisation', 'role', 'alias'] as const

/** Only the register's known fields, and only as text: the map is written by clients. */
function readPerson(value: unknown): Person[] {
  if (typeof value !== 'object' || value === null) return []
  const entry = value as Record<string, unknown>
  if (typeof entry.id !== 'string' || typeof entry.name !== 'string') return []
  const person: Person = { id: entry.id, name: entry.name }
  for (const field of optionalFields) {
    const text = entry[field]
    if (typeof text === 'string' && text !== '') person[field] = text
  }
  return [person]
}
