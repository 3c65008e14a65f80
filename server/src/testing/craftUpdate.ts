import * as encoding from 'lib0/encoding'

/** An id as Yjs writes it: [client, clock]. */
export type CraftedId = readonly [client: number, clock: number]

export type CraftedContent =
  | { deleted: number }
  | { string: string }
  | { any: readonly unknown[] }
  /** A new Y.XmlElement of this name. */
  | { element: string }
  /** A new shared type of another kind. */
  | { type: 'array' | 'map' | 'text' }
  | { json: readonly unknown[] }
  | { binary: Uint8Array }
  | { embed: object }
  | { format: { key: string; value: unknown } }
  /** A subdocument. */
  | { doc: string }

export type CraftedStruct =
  | { kind: 'gc'; length: number }
  | { kind: 'skip'; length: number }
  | {
      kind: 'item'
      origin?: CraftedId
      rightOrigin?: CraftedId
      /** Written only when the item has neither origin: a root's name or a parent item's id. */
      parent?: { root: string } | { id: CraftedId }
      parentSub?: string
      content: CraftedContent
    }

export interface CraftedClient {
  client: number
  clock: number
  structs: CraftedStruct[]
}

export interface CraftedDeletion {
  client: number
  clock: number
  length: number
}

const contentRef = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const
const typeRefs = { array: 0, map: 1, text: 2, element: 3 } as const

/**
 * Writes a Yjs update (format v1) struct by struct, as a hostile client could: any content, any
 * origin, clock gaps, parents by name. Honest Y.Docs never produce most of these, which is why
 * the server's judge must be tested with them.
 */
export function craftUpdate(
  clients: CraftedClient[],
  deletions: CraftedDeletion[] = [],
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clients.length)
  for (const { client, clock, structs } of clients) {
    encoding.writeVarUint(encoder, structs.length)
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock)
    for (const struct of structs) writeStruct(encoder, struct)
  }
  const byClient = new Map<number, CraftedDeletion[]>()
  for (const deletion of deletions) {
    byClient.set(deletion.client, [...(byClient.get(deletion.client) ?? []), deletion])
  }
  encoding.writeVarUint(encoder, byClient.size)
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, ranges.length)
    for (const { clock, length } of ranges) {
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarUint(encoder, length)
    }
  }
  return encoding.toUint8Array(encoder)
}

function writeStruct(encoder: encoding.Encoder, struct: CraftedStruct): void {
  if (struct.kind === 'gc') {
    encoding.writeUint8(encoder, contentRef.gc)
    encoding.writeVarUint(encoder, struct.length)
    return
  }
  if (struct.kind === 'skip') {
    encoding.writeUint8(encoder, contentRef.skip)
    encoding.writeVarUint(encoder, struct.length)
    return
  }
  const { origin, rightOrigin, parent, parentSub, content } = struct
  const hasParentInfo = !origin && !rightOrigin
  const info =
    (origin ? 0x80 : 0) |
    (rightOrigin ? 0x40 : 0) |
    (hasParentInfo && parentSub !== undefined ? 0x20 : 0) |
    refOf(content)
  encoding.writeUint8(encoder, info)
  if (origin) writeId(encoder, origin)
  if (rightOrigin) writeId(encoder, rightOrigin)
  if (hasParentInfo) {
    if (!parent) throw new Error('An item without origins needs a parent.')
    if ('root' in parent) {
      encoding.writeVarUint(encoder, 1)
      encoding.writeVarString(encoder, parent.root)
    } else {
      encoding.writeVarUint(encoder, 0)
      writeId(encoder, parent.id)
    }
    if (parentSub !== undefined) encoding.writeVarString(encoder, parentSub)
  }
  if ('deleted' in content) encoding.writeVarUint(encoder, content.deleted)
  else if ('string' in content) encoding.writeVarString(encoder, content.string)
  else if ('element' in content) {
    encoding.writeVarUint(encoder, typeRefs.element)
    encoding.writeVarString(encoder, content.element)
  } else if ('type' in content) encoding.writeVarUint(encoder, typeRefs[content.type])
  else if ('json' in content) {
    encoding.writeVarUint(encoder, content.json.length)
    for (const value of content.json) encoding.writeVarString(encoder, JSON.stringify(value))
  } else if ('binary' in content) encoding.writeVarUint8Array(encoder, content.binary)
  else if ('embed' in content) encoding.writeVarString(encoder, JSON.stringify(content.embed))
  else if ('format' in content) {
    encoding.writeVarString(encoder, content.format.key)
    encoding.writeVarString(encoder, JSON.stringify(content.format.value))
  } else if ('doc' in content) {
    encoding.writeVarString(encoder, content.doc)
    encoding.writeAny(encoder, {})
  } else {
    encoding.writeVarUint(encoder, content.any.length)
    for (const value of content.any) encoding.writeAny(encoder, value as encoding.AnyEncodable)
  }
}

function refOf(content: CraftedContent): number {
  if ('deleted' in content) return contentRef.deleted
  if ('string' in content) return contentRef.string
  if ('element' in content || 'type' in content) return contentRef.type
  if ('json' in content) return contentRef.json
  if ('binary' in content) return contentRef.binary
  if ('embed' in content) return contentRef.embed
  if ('format' in content) return contentRef.format
  if ('doc' in content) return contentRef.doc
  return contentRef.any
}

function writeId(encoder: encoding.Encoder, [client, clock]: CraftedId): void {
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, clock)
}
