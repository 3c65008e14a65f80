import { mergeAttributes, Node } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { dataAttribute } from '../shared/attributes'
import { type AttributeChecks, matching, optional } from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'

// A short label, as minutes number their items: "3", "3.1", "Item 4" is read as "4", and the
// minute references councils use ("25/01", "TB 25/061"). Letters, digits, dots, slashes, spaces
// and hyphens only, so that it can be printed anywhere without escaping surprises.
const agendaNumberPattern = /^[\p{L}\p{N}](?:[\p{L}\p{N}./ -]{0,18}[\p{L}\p{N}])?$/u

export const agendaItemAttributeChecks = {
  number: optional(matching(agendaNumberPattern, 'an item number such as 3 or 3.1')),
} satisfies AttributeChecks

export interface AgendaItemAttributes {
  /** The item's number as the minutes give it ("3", "3.1"); null for an unnumbered item. */
  number: string | null
}

export function readAgendaItemAttributes({ attrs = {} }: WithAttributes): AgendaItemAttributes {
  return { number: readOptionalText(attrs.number, agendaItemAttributeChecks.number) }
}

/** The heading level an item is shown at: items 2, sub-items ("3.1") 3, deeper ones 4. */
export function agendaItemLevel(number: string | null): 2 | 3 | 4 {
  const depth = /^\d+(?:\.\d+)*$/.test(number ?? '') ? (number ?? '').split('.').length : 1
  return depth >= 3 ? 4 : depth === 2 ? 3 : 2
}

/**
 * What an item's title is printed after, as minutes print them: "3. ", "7.1 ", "Item 4 ",
 * "TB 25/061 ", nothing without a number. The importer reads each form back.
 */
export function agendaItemPrefix(number: string | null): string {
  if (number === null) return ''
  return /^\d+$/.test(number) ? `${number}. ` : `${number} `
}

/** "3. Review of membership", or the title alone when the item has no number. */
export function describeAgendaItem(number: string | null, title: string): string {
  return `${agendaItemPrefix(number)}${title}`
}

/**
 * The number an item inserted at `position` takes: one after the last whole-numbered item
 * before it ("3" or "3.2" give "4"), "1" for the first.
 */
export function nextAgendaNumber(doc: ProseMirrorNode, position: number): string {
  let last = 0
  doc.nodesBetween(0, Math.min(position, doc.content.size), (node) => {
    if (node.type.name !== 'agendaItem') return true
    const whole = /^(\d{1,6})(?:\.\d+)*$/.exec(readAgendaItemAttributes(node).number ?? '')
    if (whole) last = Number(whole[1])
    return false
  })
  return String(last + 1)
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    agendaItem: {
      /** Turns the block at the selection into an agenda item, numbered after the one before. */
      setAgendaItem: (attributes?: Partial<AgendaItemAttributes>) => ReturnType
      /** Changes the number of the agenda item at the selection. */
      updateAgendaItem: (attributes: Partial<AgendaItemAttributes>) => ReturnType
    }
  }
}

/** An agenda item's heading: its number as an attribute, its title as the content. */
export const AgendaItem = Node.create({
  name: 'agendaItem',
  group: 'block',
  content: 'inline*',
  defining: true,
  draggable: true,

  addAttributes() {
    return { number: dataAttribute('number', 'number', agendaItemAttributeChecks.number) }
  },

  parseHTML() {
    // Before StarterKit's headings, which would otherwise read it as a plain heading.
    return [{ tag: '[data-type="agenda-item"]', priority: 60 }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { number } = readAgendaItemAttributes(node)
    return [
      `h${agendaItemLevel(number)}`,
      mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-item', class: 'agenda-item' }),
      0,
    ]
  },

  addCommands() {
    return {
      setAgendaItem:
        (attributes = {}) =>
        ({ state, commands }) =>
          commands.setNode(this.name, {
            number: nextAgendaNumber(state.doc, state.selection.from),
            ...attributes,
          }),
      updateAgendaItem:
        (attributes) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attributes),
    }
  },
})
