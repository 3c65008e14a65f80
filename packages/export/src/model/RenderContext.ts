import { agendaItemGroupEnd, describePerson, numberBlocks, type Person } from '@minutes/schema'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { blockBuilders, buildUnknownBlock } from './blocks/blockBuilders'
import { appendActionRow } from './blocks/buildActionTable'
import { appendAttendanceList } from './blocks/buildAttendance'
import { FootnoteCounter } from './buildInlines'
import { HeadingLevels } from './HeadingLevels'
import type { Block, PersonRef } from './RenderModel'

const numberedTypes = ['recommendation', 'decision', 'actionItem'] as const

/** What the block builders share during one walk over the minutes. */
export class RenderContext {
  readonly headings = new HeadingLevels()
  /** The footnotes met so far, numbered in document order. */
  readonly footnotes = new FootnoteCounter()
  /** Tables set out from action items, with the headings (`label`) they were read under. */
  readonly actionTableLabels = new WeakMap<Block, string>()
  private readonly numbers = new Map<ProseMirrorNode, number>()
  private readonly register = new Map<string, Person>()
  /** Whose section or answer the walk is in: their own recommendations need no "proposed by". */
  private currentSpeakerId: string | null = null

  constructor(
    /** The minutes' title, for a header that names no body. */
    readonly title: string,
    doc: ProseMirrorNode,
    people: readonly Person[],
  ) {
    for (const typeName of numberedTypes) {
      for (const { node, number } of numberBlocks(doc, typeName)) this.numbers.set(node, number)
    }
    for (const person of people) this.register.set(person.id, person)
  }

  /** R1, D1, A1: the number of a numbered block in document order. */
  numberOf(node: ProseMirrorNode): number {
    return this.numbers.get(node) ?? 0
  }

  get speakerId(): string | null {
    return this.currentSpeakerId
  }

  /** A person from the register, or `fallback` where the id names nobody. */
  person(id: string | null, fallback: string, describe = describePerson): PersonRef {
    const person = id === null ? undefined : this.register.get(id)
    if (!person?.name?.trim()) return { id, name: fallback, described: fallback, isKnown: false }
    const name = person.title ? `${person.title} ${person.name}` : person.name
    return { id: person.id, name, described: describe(person), isKnown: true }
  }

  /** The same, for a person the minutes need not name. */
  optionalPerson(id: string | null, fallback: string): PersonRef | null {
    return id ? this.person(id, fallback) : null
  }

  /** Walks a section or answer of `speakerId`'s. */
  walkAsSpeaker(speakerId: string | null, parent: ProseMirrorNode, minimumLevel: number): Block[] {
    const outer = this.currentSpeakerId
    this.currentSpeakerId = speakerId
    const blocks = this.walkChildren(parent, minimumLevel)
    this.currentSpeakerId = outer
    return blocks
  }

  walkChildren(parent: ProseMirrorNode, outerMinimumLevel: number): Block[] {
    const walked: Block[] = []
    const children = parent.content.content
    // The agenda items whose groups the walk is in: what an item groups sits below its heading.
    const openItems: { end: number; level: number }[] = []
    children.forEach((child, index) => {
      while ((openItems.at(-1)?.end ?? Number.POSITIVE_INFINITY) <= index) openItems.pop()
      const innermost = openItems.at(-1)
      const minimumLevel = innermost ? innermost.level + 1 : outerMinimumLevel
      if (child.type.name === 'attendanceList') {
        appendAttendanceList(walked, child, this, minimumLevel)
        return
      }
      // An empty paragraph says nothing, and would print as a stray gap or a bare lead.
      if (child.type.name === 'paragraph' && child.childCount === 0) return
      if (child.type.name === 'actionItem' && appendActionRow(walked, child, this, minimumLevel)) {
        return
      }
      const block = this.walk(child, minimumLevel)
      walked.push(block)
      if (child.type.name === 'agendaItem' && block.type === 'heading') {
        openItems.push({ end: agendaItemGroupEnd(children, index), level: block.level })
      }
    })
    return walked
  }

  walk(node: ProseMirrorNode, minimumLevel: number): Block {
    const build = blockBuilders.get(node.type.name) ?? buildUnknownBlock
    return build(node, this, minimumLevel)
  }
}
