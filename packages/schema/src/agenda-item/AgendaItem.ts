import { mergeAttributes, Node } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { dataAttribute } from '../shared/attributes'
import { type AttributeChecks, matching, optional, safeHref } from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'
import { renumberAgendaNumbers } from './renumberAgendaNumbers'

// A short label, as minutes number their items: "3", "3.1", "Item 4" is read as "4", and the
// minute references councils use ("25/01", "TB 25/061"). Letters, digits, dots, slashes, spaces
// and hyphens only, so that it can be printed anywhere without escaping surprises.
const agendaNumberPattern = /^[\p{L}\p{N}](?:[\p{L}\p{N}./ -]{0,18}[\p{L}\p{N}])?$/u
// What a reference is shown as ("#151", "PR 88", "TB paper 4"): short, on one line, no
// surrounding spaces.
const referenceLabelPattern = /^[^\p{C}\s](?:[^\p{C}]{0,38}[^\p{C}\s])?$/u

/** What the number field's check says, in words a clerk can act on. */
export const agendaNumberHint =
  'a number such as 3 or 3.1, or a reference such as TB 25/061: letters, digits, dots, slashes, spaces and hyphens, up to 20 characters'

// The reference is two flat text attributes rather than one object, so that the server judges
// each with one check, as it does every other attribute, and no decoded map keys are involved.
export const agendaItemAttributeChecks = {
  number: optional(matching(agendaNumberPattern, agendaNumberHint)),
  reference: optional(safeHref),
  referenceLabel: optional(
    matching(
      referenceLabelPattern,
      'a short label for the link, such as #151 (up to 40 characters)',
    ),
  ),
} satisfies AttributeChecks

export interface AgendaItemAttributes {
  /** The item's number as the minutes give it ("3", "3.1"); null for an unnumbered item. */
  number: string | null
  /** Where the item is discussed elsewhere (an issue, a paper), a link `isSafeHref` allows. */
  reference: string | null
  /** What the reference is shown as ("#151"); null shows the link itself. Null without a reference. */
  referenceLabel: string | null
}

export function readAgendaItemAttributes({ attrs = {} }: WithAttributes): AgendaItemAttributes {
  const reference = readOptionalText(attrs.reference, agendaItemAttributeChecks.reference)
  return {
    number: readOptionalText(attrs.number, agendaItemAttributeChecks.number),
    reference,
    referenceLabel:
      reference === null
        ? null
        : readOptionalText(attrs.referenceLabel, agendaItemAttributeChecks.referenceLabel),
  }
}

/** What an item's reference is printed as: its label, or the link when it has none. */
export function agendaReferenceText({
  reference,
  referenceLabel,
}: AgendaItemAttributes): string | null {
  return reference === null ? null : (referenceLabel ?? reference)
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
      /** Changes the number or reference of the agenda item at the selection. */
      updateAgendaItem: (attributes: Partial<AgendaItemAttributes>) => ReturnType
      /** Numbers every agenda item 1, 2, 3…, sub-items under their parent (3.1), in one step. */
      renumberAgendaItems: () => ReturnType
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
    return {
      number: dataAttribute('number', 'number', agendaItemAttributeChecks.number),
      reference: dataAttribute('reference', 'reference', agendaItemAttributeChecks.reference),
      referenceLabel: {
        ...dataAttribute(
          'referenceLabel',
          'reference-label',
          agendaItemAttributeChecks.referenceLabel,
        ),
        // A label pasted without a link it may stand for is dropped, not kept unseen.
        parseHTML: (element: HTMLElement) =>
          readAgendaItemAttributes({
            attrs: {
              reference: element.getAttribute('data-reference'),
              referenceLabel: element.getAttribute('data-reference-label'),
            },
          }).referenceLabel,
      },
    }
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
      renumberAgendaItems:
        () =>
        ({ state, tr, dispatch }) => {
          const items: { position: number; node: ProseMirrorNode }[] = []
          state.doc.descendants((node, position) => {
            if (node.type.name !== this.name) return true
            items.push({ position, node })
            return false
          })
          const numbers = renumberAgendaNumbers(
            items.map(({ node }) => readAgendaItemAttributes(node).number),
          )
          const changes = items.filter(
            ({ node }, index) => readAgendaItemAttributes(node).number !== numbers[index],
          )
          if (changes.length === 0) return false
          if (dispatch) {
            items.forEach(({ position, node }, index) => {
              const number = numbers[index] ?? null
              if (readAgendaItemAttributes(node).number !== number) {
                tr.setNodeAttribute(position, 'number', number)
              }
            })
          }
          return true
        },
    }
  },
})
