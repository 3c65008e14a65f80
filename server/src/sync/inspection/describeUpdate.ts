import type { BlockRef, DescribedChange } from '@minutes/permissions'
import * as Y from 'yjs'
import {
  type Placement,
  placementOfStored,
  type Struct,
  type UpdateInspection,
} from './inspectUpdate'

export interface DocumentRoots {
  /** The Y.XmlFragment holding the minutes. */
  content: string
  /** The Y.Map holding the people register. */
  register: string
}

interface Located {
  root: string
  path: BlockRef[]
}

/**
 * Describes every effect of an update (each insertion, attribute write and deleted range)
 * as the blocks around it, for the rights rules. Deleted ranges are resolved item by item
 * against the server's document: one range can span several sections.
 */
export function describeUpdate(
  inspection: UpdateInspection,
  roots: DocumentRoots,
): DescribedChange[] {
  const changes = new Map<string, DescribedChange>()
  const add = (change: DescribedChange) => {
    const key =
      change.target === 'content'
        ? `${change.action}|${change.path.map((block) => `${block.type}:${block.speakerId}`).join('/')}`
        : change.target === 'register'
          ? `register|${change.key}`
          : `unknown|${change.description}`
    if (!changes.has(key)) changes.set(key, change)
  }
  const locator = new Locator(inspection)

  const describe = (
    placement: Placement,
    isAttributeOf: (type: Y.AbstractType<unknown>) => boolean,
    action: 'insert' | 'delete',
  ) => {
    if (placement.kind === 'discarded') return
    if (placement.kind === 'missing') {
      add({ target: 'unknown', description: 'it depends on edits the server does not have' })
      return
    }
    if (placement.kind === 'root') {
      if (placement.name === roots.register && placement.key !== null) {
        add({ target: 'register', key: placement.key })
      } else if (placement.name === roots.content && placement.key === null) {
        add({ target: 'content', action, path: [] })
      } else {
        add({ target: 'unknown', description: `it writes to "${placement.name}"` })
      }
      return
    }
    const located = locator.locate(placement.type)
    if (!located || located.root !== roots.content) {
      add({ target: 'unknown', description: 'it writes outside the minutes' })
      return
    }
    const isAttribute = placement.key !== null && isAttributeOf(placement.type)
    add({ target: 'content', action: isAttribute ? 'attribute' : action, path: located.path })
  }
  const isElement = (type: Y.AbstractType<unknown>) => type instanceof Y.XmlElement

  for (const { item, placement } of inspection.insertions) {
    if (!(item.content instanceof Y.ContentDeleted)) describe(placement, isElement, 'insert')
  }

  for (const [client, ranges] of inspection.update.ds.clients) {
    for (const { clock, len } of ranges) {
      let position = clock
      while (position < clock + len) {
        const id = Y.createID(client, position)
        const stored = inspection.findStored(id)
        const struct: Struct | undefined = stored ?? inspection.findOwn(id)
        if (!struct) {
          add({ target: 'unknown', description: 'it deletes content the server does not have' })
          break
        }
        if (struct instanceof Y.Item) {
          const placement = stored ? placementOfStored(struct) : inspection.place(struct)
          describe(placement, isElement, 'delete')
        }
        position = struct.id.clock + struct.length
      }
    }
  }
  return [...changes.values()]
}

/** Finds the blocks around a type, memoised: one update often touches one paragraph many times. */
class Locator {
  private readonly cache = new Map<Y.AbstractType<unknown>, Located | undefined>()

  constructor(private readonly inspection: UpdateInspection) {}

  locate(type: Y.AbstractType<unknown>): Located | undefined {
    if (this.cache.has(type)) return this.cache.get(type)
    const located = this.walk(type)
    this.cache.set(type, located)
    return located
  }

  private walk(start: Y.AbstractType<unknown>): Located | undefined {
    const blocks: BlockRef[] = []
    let type: Y.AbstractType<unknown> = start
    for (;;) {
      const element = asElement(type)
      if (element) blocks.push(this.blockRef(element, type))
      const creator = this.inspection.creatorOf(type)
      if (creator) {
        const placement = this.inspection.place(creator)
        if (placement.kind === 'root') return { root: placement.name, path: blocks.reverse() }
        if (placement.kind !== 'type') return undefined
        type = placement.type
        continue
      }
      const item = type._item
      if (item === null) return { root: Y.findRootTypeKey(type), path: blocks.reverse() }
      if (!(item.parent instanceof Y.AbstractType)) return undefined
      type = item.parent
    }
  }

  private blockRef(element: Y.XmlElement, type: Y.AbstractType<unknown>): BlockRef {
    const speakerId = this.inspection.creatorOf(type)
      ? this.newAttributes().get(type)?.get('speakerId')
      : element.getAttribute('speakerId')
    return { type: element.nodeName, speakerId: typeof speakerId === 'string' ? speakerId : null }
  }

  private attributesOfNewElements: Map<Y.AbstractType<unknown>, Map<string, unknown>> | undefined

  /** Attributes of elements this update creates: their values are among the update's items. */
  private newAttributes(): Map<Y.AbstractType<unknown>, Map<string, unknown>> {
    if (this.attributesOfNewElements) return this.attributesOfNewElements
    const attributes = new Map<Y.AbstractType<unknown>, Map<string, unknown>>()
    for (const { item, placement } of this.inspection.insertions) {
      if (placement.kind !== 'type' || placement.key === null) continue
      if (!(item.content instanceof Y.ContentAny)) continue
      const values = attributes.get(placement.type) ?? new Map<string, unknown>()
      values.set(placement.key, item.content.arr.at(-1))
      attributes.set(placement.type, values)
    }
    this.attributesOfNewElements = attributes
    return attributes
  }
}

function asElement(type: Y.AbstractType<unknown>): Y.XmlElement | undefined {
  return type instanceof Y.XmlElement ? type : undefined
}
