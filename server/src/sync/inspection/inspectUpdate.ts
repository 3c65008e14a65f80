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

export type Struct = Y.Item | Y.GC | Y.Skip

/** An update as `Y.decodeUpdate` returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/**
 * A decoded update read against the server's document, without applying it. Items written
 * next to an existing one carry no parent: they inherit parent and key from that neighbour,
 * exactly as Yjs's own integration does, whether the neighbour is stored or in this update.
 */
export class UpdateInspection {
  readonly insertions: Insertion[] = []
  private readonly ownStructs = new Map<number, Struct[]>()
  /** Types created by this update, with the item that creates each. */
  private readonly ownTypes = new Map<Y.AbstractType<unknown>, Y.Item>()
  private readonly resolved = new Map<Y.Item, Placement>()

  constructor(
    readonly doc: Y.Doc,
    readonly update: DecodedUpdate,
  ) {
    for (const struct of update.structs as Struct[]) {
      const list = this.ownStructs.get(struct.id.client)
      if (list) list.push(struct)
      else this.ownStructs.set(struct.id.client, [struct])
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) {
        this.ownTypes.set(struct.content.type as Y.AbstractType<unknown>, struct)
      }
    }
    for (const struct of update.structs as Struct[]) {
      if (struct instanceof Y.Item)
        this.insertions.push({ item: struct, placement: this.place(struct) })
    }
  }

  /** A struct of this update, if it holds `id`. */
  findOwn(id: Y.ID): Struct | undefined {
    return findByClock(this.ownStructs.get(id.client), id.clock)
  }

  /** A struct the server has, if it holds `id`. */
  findStored(id: Y.ID): Struct | undefined {
    return findByClock(this.doc.store.clients.get(id.client) as Struct[] | undefined, id.clock)
  }

  /** The item that creates `type` in this update, if it is new. */
  creatorOf(type: Y.AbstractType<unknown>): Y.Item | undefined {
    return this.ownTypes.get(type)
  }

  /** Follows neighbours within the update until one resolves; iterative, as chains can be long. */
  place(item: Y.Item): Placement {
    const chain: Y.Item[] = []
    let current: Y.Item = item
    let placement: Placement | undefined
    while (!placement) {
      const known = this.resolved.get(current)
      if (known) {
        placement = known
        break
      }
      chain.push(current)
      if (typeof current.parent === 'string') {
        placement = { kind: 'root', name: current.parent, key: current.parentSub }
      } else if (current.parent instanceof Y.ID) {
        placement = this.placementOfParentId(current.parent, current.parentSub)
      } else if (current.parent instanceof Y.AbstractType) {
        placement = placementOfType(current.parent, current.parentSub)
      } else {
        const neighbourId = current.origin ?? current.rightOrigin
        const own = neighbourId ? this.findOwn(neighbourId) : undefined
        const neighbour = own ?? (neighbourId ? this.findStored(neighbourId) : undefined)
        if (!neighbour) placement = { kind: 'missing' }
        else if (!(neighbour instanceof Y.Item)) placement = { kind: 'discarded' }
        else if (own) current = neighbour
        else placement = placementOfStored(neighbour)
      }
    }
    for (const link of chain) this.resolved.set(link, placement)
    return placement
  }

  private placementOfParentId(id: Y.ID, key: string | null): Placement {
    const parent = this.findOwn(id) ?? this.findStored(id)
    if (!parent) return { kind: 'missing' }
    if (!(parent instanceof Y.Item) || !(parent.content instanceof Y.ContentType)) {
      return { kind: 'discarded' }
    }
    return { kind: 'type', type: parent.content.type as Y.AbstractType<unknown>, key }
  }
}

/** Where each item of a decoded update will land. */
export function inspectUpdate(doc: Y.Doc, update: DecodedUpdate): Insertion[] {
  return new UpdateInspection(doc, update).insertions
}

/** Where a stored item sits. */
export function placementOfStored(item: Y.Item): Placement {
  return item.parent instanceof Y.AbstractType
    ? placementOfType(item.parent, item.parentSub)
    : { kind: 'discarded' }
}

function placementOfType(type: Y.AbstractType<unknown>, key: string | null): Placement {
  return type._item === null
    ? { kind: 'root', name: Y.findRootTypeKey(type), key }
    : { kind: 'type', type, key }
}

/** Binary search over structs of one client, sorted by clock. */
export function findByClock(structs: Struct[] | undefined, clock: number): Struct | undefined {
  const index = indexByClock(structs, clock)
  return index === undefined ? undefined : structs?.[index]
}

export function indexByClock(structs: Struct[] | undefined, clock: number): number | undefined {
  if (!structs) return undefined
  let low = 0
  let high = structs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const struct = structs[middle]!
    if (clock < struct.id.clock) high = middle - 1
    else if (clock >= struct.id.clock + struct.length) low = middle + 1
    else return middle
  }
  return undefined
}
