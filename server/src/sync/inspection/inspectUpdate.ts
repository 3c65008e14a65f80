import * as Y from 'yjs'

/** Where a new piece of content goes, resolved the way Yjs itself will integrate it. */
export type Placement =
  | { kind: 'root'; name: string; key: string | null }
  | { kind: 'type'; type: Y.AbstractType<unknown>; key: string | null }
  /** Its neighbour was garbage-collected: Yjs discards such content on arrival. */
  | { kind: 'discarded' }
  /** It depends on content the server does not have. */
  | { kind: 'missing' }

export interface Insertion {
  item: Y.Item
  placement: Placement
}

type Struct = Y.Item | Y.GC | Y.Skip

/**
 * Resolves where each item of a decoded update will land, without applying it. Items written
 * next to an existing one carry no parent: they inherit parent and key from that neighbour,
 * exactly as Yjs's own integration does, whether the neighbour is stored or in this update.
 */
export function inspectUpdate(doc: Y.Doc, update: { structs: Struct[] }): Insertion[] {
  const ownStructs = new Map<number, Struct[]>()
  for (const struct of update.structs) {
    const list = ownStructs.get(struct.id.client)
    if (list) list.push(struct)
    else ownStructs.set(struct.id.client, [struct])
  }
  const resolved = new Map<Y.Item, Placement>()

  const findOwn = (id: Y.ID): Struct | undefined => findByClock(ownStructs.get(id.client), id.clock)

  const findStored = (id: Y.ID): Struct | undefined =>
    findByClock(doc.store.clients.get(id.client) as Struct[] | undefined, id.clock)

  const placementOfType = (type: Y.AbstractType<unknown>, key: string | null): Placement =>
    type._item === null
      ? { kind: 'root', name: Y.findRootTypeKey(type), key }
      : { kind: 'type', type, key }

  const placementOfParentId = (id: Y.ID, key: string | null): Placement => {
    const parent = findOwn(id) ?? findStored(id)
    if (!parent) return { kind: 'missing' }
    if (!(parent instanceof Y.Item) || !(parent.content instanceof Y.ContentType)) {
      return { kind: 'discarded' }
    }
    return { kind: 'type', type: parent.content.type as Y.AbstractType<unknown>, key }
  }

  /** Follows neighbours within the update until one resolves; iterative, as chains can be long. */
  const place = (item: Y.Item): Placement => {
    const chain: Y.Item[] = []
    let current: Y.Item = item
    let placement: Placement | undefined
    while (!placement) {
      const known = resolved.get(current)
      if (known) {
        placement = known
        break
      }
      chain.push(current)
      if (typeof current.parent === 'string') {
        placement = { kind: 'root', name: current.parent, key: current.parentSub }
      } else if (current.parent instanceof Y.ID) {
        placement = placementOfParentId(current.parent, current.parentSub)
      } else if (current.parent instanceof Y.AbstractType) {
        placement = placementOfType(current.parent, current.parentSub)
      } else {
        const neighbourId = current.origin ?? current.rightOrigin
        const own = neighbourId ? findOwn(neighbourId) : undefined
        const neighbour = own ?? (neighbourId ? findStored(neighbourId) : undefined)
        if (!neighbour) placement = { kind: 'missing' }
        else if (!(neighbour instanceof Y.Item)) placement = { kind: 'discarded' }
        else if (own) current = neighbour
        else placement = placementOfStored(neighbour)
      }
    }
    for (const link of chain) resolved.set(link, placement)
    return placement
  }

  const placementOfStored = (item: Y.Item): Placement =>
    item.parent instanceof Y.AbstractType
      ? placementOfType(item.parent, item.parentSub)
      : { kind: 'discarded' }

  const insertions: Insertion[] = []
  for (const struct of update.structs) {
    if (struct instanceof Y.Item) insertions.push({ item: struct, placement: place(struct) })
  }
  return insertions
}

/** Binary search over structs of one client, sorted by clock. */
function findByClock(structs: Struct[] | undefined, clock: number): Struct | undefined {
  if (!structs) return undefined
  let low = 0
  let high = structs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const struct = structs[middle]!
    if (clock < struct.id.clock) high = middle - 1
    else if (clock >= struct.id.clock + struct.length) low = middle + 1
    else return struct
  }
  return undefined
}
