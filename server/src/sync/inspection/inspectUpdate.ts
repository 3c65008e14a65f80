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

/** Said of an update Yjs could not integrate completely at once: it would wait, unjudged. */
export const dependsOnMissingEdits = 'it depends on edits the server does not have'

/**
 * A decoded update read against the server's document, without applying it: exactly what
 * Yjs would integrate. Structs the server already has are left out (a reloading client sends
 * back what it received, the server's own writes included); what is left must integrate
 * completely at once, or `problem` says why not, since the server never holds pending
 * structs or deletions that a later update could release unjudged. Items written next to an
 * existing one carry no parent: they inherit parent and key from that neighbour, exactly as
 * Yjs's own integration does, whether the neighbour is stored or in this update.
 */
export class UpdateInspection {
  /** The items this update adds that the server does not have, with where each lands. */
  readonly insertions: Insertion[] = []
  /** Content-free structs (GC, or items whose neighbour is gone) this update adds. */
  fillers = 0
  /** Client ids this update writes new structs with. */
  readonly writers = new Set<number>()
  /** Why the update cannot be integrated completely at once, if it cannot. */
  readonly problem: string | undefined
  private readonly ownStructs = new Map<number, Struct[]>()
  /** Per client: the clock below which every id exists once the update is integrated. */
  private readonly reach = new Map<number, number>()
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
    this.problem = this.findNewStructs() ?? this.checkDependencies() ?? this.checkDeletions()
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

  /** Whether the server already holds the struct at `id` (so the update does not add it). */
  isStored(id: Y.ID): boolean {
    return id.clock < Y.getState(this.doc.store, id.client)
  }

  /** Follows neighbours within the update until one resolves; iterative, as chains can be long. */
  place(item: Y.Item): Placement {
    const chain = new Set<Y.Item>()
    let current: Y.Item = item
    let placement: Placement | undefined
    while (!placement) {
      const known = this.resolved.get(current)
      if (known) {
        placement = known
        break
      }
      // Neighbours that name each other in a circle never integrate: Yjs would hold them.
      if (chain.has(current)) {
        placement = { kind: 'missing' }
        break
      }
      chain.add(current)
      if (typeof current.parent === 'string') {
        placement = { kind: 'root', name: current.parent, key: current.parentSub }
      } else if (current.parent instanceof Y.ID) {
        placement = this.placementOfParentId(current.parent, current.parentSub)
      } else if (current.parent instanceof Y.AbstractType) {
        placement = placementOfType(current.parent, current.parentSub)
      } else {
        const neighbourId = current.origin ?? current.rightOrigin
        const stored = neighbourId ? this.findStored(neighbourId) : undefined
        const own = stored || !neighbourId ? undefined : this.findOwn(neighbourId)
        const neighbour = stored ?? own
        if (!neighbour) placement = { kind: 'missing' }
        else if (!(neighbour instanceof Y.Item)) placement = { kind: 'discarded' }
        else if (own) current = neighbour
        else placement = placementOfStored(neighbour)
      }
    }
    for (const link of chain) this.resolved.set(link, placement)
    return placement
  }

  /**
   * Keeps the structs the server lacks. Each client's structs must continue its clock on the
   * server without a gap: Yjs would hold anything after a gap as pending.
   */
  private findNewStructs(): string | undefined {
    for (const [client, structs] of this.ownStructs) {
      const stored = Y.getState(this.doc.store, client)
      let expected = structs[0]?.id.clock ?? 0
      let reach = stored
      for (const struct of structs) {
        if (struct.id.clock !== expected) return 'it repeats or reorders edits'
        expected = struct.id.clock + struct.length
        if (expected <= stored) continue
        if (struct.id.clock > reach || struct instanceof Y.Skip) return dependsOnMissingEdits
        reach = expected
        this.writers.add(client)
        if (!(struct instanceof Y.Item)) {
          this.fillers += 1
          continue
        }
        const placement = this.place(struct)
        if (struct.id.clock < stored && !this.continuesStored(struct, placement)) {
          return 'it rewrites edits the server already has'
        }
        if (!this.rightNeighbourAgrees(struct, placement)) {
          return 'it names neighbours in two places'
        }
        if (placement.kind === 'discarded') this.fillers += 1
        else this.insertions.push({ item: struct, placement })
      }
      this.reach.set(client, reach)
    }
    return undefined
  }

  /**
   * A struct that starts before the server's clock is integrated from that clock on, right
   * after the stored struct before it: only honest if that is where the struct goes anyway.
   */
  private continuesStored(item: Y.Item, placement: Placement): boolean {
    const previous = this.findStored(
      Y.createID(item.id.client, Y.getState(this.doc.store, item.id.client) - 1),
    )
    return previous instanceof Y.Item && samePlacement(placementOfStored(previous), placement)
  }

  /**
   * Yjs places an item by its left neighbour but cuts the text at its right one too, wherever
   * that is: Yjs itself only ever names two neighbours of one list. Cut between the two halves
   * of a character, text in a place the writer may not touch would read U+FFFD for everyone.
   */
  private rightNeighbourAgrees(item: Y.Item, placement: Placement): boolean {
    if (!item.origin || !item.rightOrigin) return true
    if (placement.kind !== 'root' && placement.kind !== 'type') return true
    const stored = this.findStored(item.rightOrigin)
    const own = stored ? undefined : this.findOwn(item.rightOrigin)
    const neighbour = stored ?? own
    // Missing neighbours are refused as such; collected ones hold no text to cut.
    if (!(neighbour instanceof Y.Item)) return true
    const neighbourPlacement = stored ? placementOfStored(neighbour) : this.place(neighbour)
    return samePlacement(placement, neighbourPlacement)
  }

  /**
   * Every neighbour and parent an item names must exist once the update is in: on the server,
   * or among the update's new structs (another editor's), or earlier in its own editor's clock.
   * Yjs checks this for every struct it reads, stored ones included.
   */
  private checkDependencies(): string | undefined {
    for (const struct of this.update.structs as Struct[]) {
      if (!(struct instanceof Y.Item)) continue
      const parentId = struct.parent instanceof Y.ID ? struct.parent : null
      for (const dependency of [struct.origin, struct.rightOrigin, parentId]) {
        if (!dependency) continue
        if (dependency.client === struct.id.client) {
          if (dependency.clock >= struct.id.clock) return 'it refers to edits that come after it'
        } else if (dependency.clock >= this.reachOf(dependency.client)) {
          return dependsOnMissingEdits
        }
      }
    }
    return undefined
  }

  /** Deletions of ids nobody has would wait as a pending delete set. */
  private checkDeletions(): string | undefined {
    for (const [client, ranges] of this.update.ds.clients) {
      const reach = this.reachOf(client)
      for (const { clock, len } of ranges) {
        if (clock + len > reach) return 'it deletes content the server does not have'
      }
    }
    return undefined
  }

  private reachOf(client: number): number {
    return this.reach.get(client) ?? Y.getState(this.doc.store, client)
  }

  private placementOfParentId(id: Y.ID, key: string | null): Placement {
    const parent = this.findStored(id) ?? this.findOwn(id)
    if (!parent) return { kind: 'missing' }
    if (!(parent instanceof Y.Item) || !(parent.content instanceof Y.ContentType)) {
      return { kind: 'discarded' }
    }
    return { kind: 'type', type: parent.content.type as Y.AbstractType<unknown>, key }
  }
}

function samePlacement(one: Placement, other: Placement): boolean {
  if (one.kind === 'root' && other.kind === 'root') {
    return one.name === other.name && one.key === other.key
  }
  if (one.kind === 'type' && other.kind === 'type') {
    return one.type === other.type && one.key === other.key
  }
  return false
}

/** Where each new item of a decoded update will land. */
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
