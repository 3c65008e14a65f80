import { mergeAttributes, Node } from '@tiptap/core'
import { dataAttribute } from '../shared/attributes'
import { type AttributeChecks, optional, personId } from '../validation/AttributeCheck'
import { readOptionalText, type WithAttributes } from '../validation/attributeReaders'

export const speakerSectionAttributeChecks = {
  speakerId: optional(personId),
} satisfies AttributeChecks

export interface SpeakerSectionAttributes {
  speakerId: string | null
}

export function readSpeakerSectionAttributes({
  attrs = {},
}: WithAttributes): SpeakerSectionAttributes {
  return { speakerId: readOptionalText(attrs.speakerId, speakerSectionAttributeChecks.speakerId) }
}

export interface SpeakerSectionOptions {
  HTMLAttributes: Record<string, unknown>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerSection: {
      /** Inserts a section for the person `speakerId` (an id in the people register). */
      insertSpeakerSection: (speakerId: string) => ReturnType
      /** Binds the section around the selection to another person. */
      setSpeaker: (speakerId: string) => ReturnType
    }
  }
}

/**
 * One speaker's contribution. The heading (name, organisation) is drawn from the people
 * register, never typed, so renaming a person renames every section of theirs.
 */
export const SpeakerSection = Node.create<SpeakerSectionOptions>({
  name: 'speakerSection',
  group: 'block',
  content:
    '(paragraph | heading | bulletList | orderedList | blockquote | table | recommendation | decision | actionItem)+',
  defining: true,
  isolating: true,
  draggable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      speakerId: dataAttribute('speakerId', 'speaker-id', speakerSectionAttributeChecks.speakerId),
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="speaker-section"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        'data-type': 'speaker-section',
        class: 'speaker-section',
      }),
      0,
    ]
  },

  addCommands() {
    return {
      insertSpeakerSection:
        (speakerId) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { speakerId },
            content: [{ type: 'paragraph' }],
          }),
      setSpeaker:
        (speakerId) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { speakerId }),
    }
  },
})
