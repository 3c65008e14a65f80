import type { BlockRef, DescribedChange } from '@minutes/permissions'
import { maxBlockDepth } from '@minutes/schema'
import * as Y from 'yjs'
import { type CommentMapWrite, describeCommentWrites } from './describeCommentWrites'
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
  /** The Y.Map holding comment threads. */
  comments: string
}

interface Located {
  root: string
  path: BlockRef[]
}

/** A type nested deeper than the schema allows. */
const tooDeep = Symbol('too deep')
type Location = Located | undefined | typeof tooDeep

/**
 * Describes every effect of an update (each insertion of any kind, attribute or map write,
 * content-free filler and deleted range) as the blocks around it, for the rights rules. An
 * item of deleted content written over an attribute or a map key replaces its value as surely
 * as any other. Deleted ranges are resolved item by item against the server's document: one
 * range can span several sections; what the server has deleted already is no change. Writes to
 * the comment threads are described by `describeCommentWrites`.
 */
export function describeUpdate(
  inspection: UpdateInspection,
  roots: DocumentRoots,
): DescribedChange[] {
  const changes = new Map<string, DescribedChange>()
  const add = (change: Exclude<DescribedChange, { target: 'comment' }>) => {
    const key =
      change.target === 'content'
        ? `${change.action}|${change.path.map((block) => `${block.type}:${block.speakerId}`).join('/')}|${change.blocks?.join(',') ?? ''}`
        : change.target === 'register'
          ? `register|${change.key}`
          : change.target === 'filler'
            ? 'filler'
            : `unknown|${change.description}`
    if (!changes.has(key)) changes.set(key, change)
  }
  const locator = new Locator(inspection)
  const commentWrites: CommentMapWrite[] = []

  const describe = (placement: Placement, action: 'insert' | 'delete', item: Y.Item) => {
    if (placement.kind === 'discarded') return
    if (placement.kind === 'missing') {
      add({ target: 'unknown', description: 'it depends on edits the server does not have' })
      return
    }
    const block = elementName(item)
    if (placement.kind === 'root') {
      if (placement.name === roots.register && placement.key !== null) {
        add({ target: 'register', key: placement.key })
      } else if (placement.name === roots.comments && placement.key !== null) {
        commentWrites.push({ key: placement.key, item, removes: action === 'delete' })
      } else if (placement.name === roots.content && placement.key === null) {
        add({ target: 'content', action, path: [], ...(block ? { blocks: [block] } : {}) })
      } else {
        add({ target: 'unknown', description: `it writes to "${placement.name}"` })
      }
      return
    }
    const located = locator.locate(placement.type)
    if (located === tooDeep) {
      add({ target: 'unknown', description: `it nests blocks more than ${maxBlockDepth} deep` })
      return
    }
    if (!located || located.root !== roots.content) {
      add({ target: 'unknown', description: 'it writes outside the minutes' })
      return
    }
    if (block && action === 'insert' && located.path.length >= maxBlockDepth) {
      add({ target: 'unknown', description: `it nests blocks more than ${maxBlockDepth} deep` })
      return
    }
    const isAttribute = placement.key !== null && placement.type instanceof Y.XmlElement
    add({
      target: 'content',
      action: isAttribute ? 'attribute' : action,
      path: located.path,
      ...(block && !isAttribute ? { blocks: [block] } : {}),
    })
  }

  for (const { item, placement } of inspection.insertions) describe(placement, 'insert', item)
  if (inspection.fillers > 0) add({ target: 'filler' })

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
        // Deleting what the server has deleted already changes nothing.
        if (struct instanceof Y.Item && !(stored && struct.deleted)) {
          const placement = stored ? placementOfStored(struct) : inspection.place(struct)
          describe(placement, 'delete', struct)
        }
        position = struct.id.clock + struct.length
      }
    }
  }
  return [...changes.values(), ...describeCommentWrites(inspection, roots.comments, commentWrites)]
}

/** The block type an item creates or removes, if it holds one. */
function elementName(item: Y.Item): string | undefined {
  const { content } = item
  if (!(content instanceof Y.ContentType)) return undefined
  return content.type instanceof Y.XmlElement ? content.type.nodeName : undefined
}

/**
 * Finds the blocks around a type. Each type is located once and its place reused by the types
 * inside it, and no walk goes deeper than the schema allows, so an update is described in
 * time linear in its size however deeply it nests.
 */
class Locator {
  private readonly cache = new Map<Y.AbstractType<unknown>, Location>()
  private attributesOfNewElements: Map<Y.AbstractType<unknown>, Map<string, unknown>> | undefined

  constructor(private readonly inspection: UpdateInspection) {}

  locate(start: Y.AbstractType<unknown>): Location {
    const unlocated: Y.AbstractType<unknown>[] = []
    let type = start
    let location: Location
    for (;;) {
      if (this.cache.has(type)) {
        location = this.cache.get(type)
        break
      }
      if (type._item === null && !this.inspection.creatorOf(type)) {
        location = { root: Y.findRootTypeKey(type), path: [] }
        this.cache.set(type, location)
        break
      }
      unlocated.push(type)
      if (unlocated.length > maxBlockDepth + 1) {
        location = tooDeep
        break
      }
      const parent = this.parentOf(type)
      if (parent === undefined) {
        location = undefined
        break
      }
      if (!(parent instanceof Y.AbstractType)) {
        location = parent
        break
      }
      type = parent
    }
    for (let index = unlocated.length - 1; index >= 0; index--) {
      const inner = unlocated[index]!
      location = this.extend(location, inner)
      this.cache.set(inner, location)
    }
    return location
  }

  /** The type around `type`, or the place of a root it sits in directly; undefined if none. */
  private parentOf(type: Y.AbstractType<unknown>): Y.AbstractType<unknown> | Located | undefined {
    const creator = this.inspection.creatorOf(type)
    if (creator) {
      const placement = this.inspection.place(creator)
      if (placement.kind === 'root') return { root: placement.name, path: [] }
      return placement.kind === 'type' ? placement.type : undefined
    }
    const parent = type._item?.parent
    return parent instanceof Y.AbstractType ? parent : undefined
  }

  private extend(outer: Location, type: Y.AbstractType<unknown>): Location {
    if (outer === undefined || outer === tooDeep) return outer
    const element = asElement(type)
    if (!element) return outer
    if (outer.path.length >= maxBlockDepth) return tooDeep
    return { root: outer.root, path: [...outer.path, this.blockRef(element, type)] }
  }

  private blockRef(element: Y.XmlElement, type: Y.AbstractType<unknown>): BlockRef {
    const speakerId = this.inspection.creatorOf(type)
      ? this.newAttributes().get(type)?.get('speakerId')
      : element.getAttribute('speakerId')
    return { type: element.nodeName, speakerId: typeof speakerId === 'string' ? speakerId : null }
  }

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
