import { mergeAttributes, Node } from '@tiptap/core'
import { choiceAttribute, dataAttribute } from '../shared/attributes'
import { createNumberingPlugin } from '../shared/numbering'
import { type AttributeChecks, oneOf, optional, personId, text } from '../validation/AttributeCheck'
import { readChoice, readOptionalText, type WithAttributes } from '../validation/attributeReaders'

export const recommendationStatuses = ['proposed', 'agreed', 'noted', 'rejected'] as const
export type RecommendationStatus = (typeof recommendationStatuses)[number]

export interface RecommendationAttributes {
  addressee: string | null
  status: RecommendationStatus
  proposerId: string | null
}

export const recommendationAttributeChecks = {
  addressee: optional(text()),
  status: oneOf(recommendationStatuses),
  proposerId: optional(personId),
} satisfies AttributeChecks

export function readRecommendationAttributes({
  attrs = {},
}: WithAttributes): RecommendationAttributes {
  const checks = recommendationAttributeChecks
  return {
    addressee: readOptionalText(attrs.addressee, checks.addressee),
    status: readChoice(recommendationStatuses, attrs.status),
    proposerId: readOptionalText(attrs.proposerId, checks.proposerId),
  }
}

export interface RecommendationOptions {
  HTMLAttributes: Record<string, unknown>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    recommendation: {
      /** Inserts a recommendation (empty unless text is given) at the selection. */
      insertRecommendation: (attributes?: Partial<RecommendationAttributes>) => ReturnType
      /** Changes the attributes of the recommendation around the selection. */
      updateRecommendation: (attributes: Partial<RecommendationAttributes>) => ReturnType
    }
  }
}

/** A recommendation: numbered R1, R2, ... in document order, with addressee, status and proposer. */
export const Recommendation = Node.create<RecommendationOptions>({
  name: 'recommendation',
  group: 'block',
  content: 'paragraph (paragraph | bulletList | orderedList)*',
  defining: true,
  draggable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      addressee: dataAttribute('addressee', 'addressee', recommendationAttributeChecks.addressee),
      status: choiceAttribute('status', 'status', recommendationStatuses),
      proposerId: dataAttribute(
        'proposerId',
        'proposer-id',
        recommendationAttributeChecks.proposerId,
      ),
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="recommendation"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        'data-type': 'recommendation',
        class: 'recommendation',
      }),
      0,
    ]
  },

  addCommands() {
    return {
      insertRecommendation:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: attributes,
            content: [{ type: 'paragraph' }],
          }),
      updateRecommendation:
        (attributes) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attributes),
    }
  },

  addProseMirrorPlugins() {
    return [createNumberingPlugin(this.name, 'R')]
  },
})
