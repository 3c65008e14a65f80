import { mergeAttributes, Node } from '@tiptap/core'
import { dataAttribute } from '../shared/attributes'
import { type AttributeChecks, optional, personId, text } from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'

export const chairSummaryAttributeChecks = {
  chairId: optional(personId),
  label: optional(text()),
} satisfies AttributeChecks

export interface ChairSummaryAttributes {
  chairId: string | null
  /** The minutes' own heading for the summary ("Key themes"). */
  label: string | null
}

export function readChairSummaryAttributes({ attrs = {} }: WithAttributes): ChairSummaryAttributes {
  return {
    chairId: readOptionalText(attrs.chairId, chairSummaryAttributeChecks.chairId),
    label: readOptionalText(attrs.label, chairSummaryAttributeChecks.label),
  }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    chairSummary: {
      insertChairSummary: (chairId?: string | null) => ReturnType
    }
  }
}

/** The heading a chair's summary is printed under unless the minutes give it a label. */
export const chairSummaryHeading = "Chair's summary"

/** The chair's summing up and the key themes drawn from the meeting. */
export const ChairSummary = Node.create({
  name: 'chairSummary',
  group: 'block',
  content: '(paragraph | heading | bulletList | orderedList | table)+',
  defining: true,
  isolating: true,
  draggable: true,

  addAttributes() {
    return {
      chairId: dataAttribute('chairId', 'chair-id', chairSummaryAttributeChecks.chairId),
      /** Its heading where the minutes use another ("Key themes"). */
      label: dataAttribute('label', 'label', chairSummaryAttributeChecks.label),
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="chair-summary"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(HTMLAttributes, { 'data-type': 'chair-summary', class: 'chair-summary' }),
      0,
    ]
  },

  addCommands() {
    return {
      insertChairSummary:
        (chairId = null) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { chairId },
            content: [{ type: 'paragraph' }],
          }),
    }
  },
})
