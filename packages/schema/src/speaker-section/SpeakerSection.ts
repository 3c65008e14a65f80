import { mergeAttributes, Node } from '@tiptap/core'

export interface SpeakerSectionOptions {
  HTMLAttributes: Record<string, unknown>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerSection: {
      /** Inserts a section for the person `speakerId` (an id in the people register). */
      insertSpeakerSection: (speakerId: string) => ReturnType
    }
  }
}

/** One speaker's contribution: the speaker's heading, then free content. */
export const SpeakerSection = Node.create<SpeakerSectionOptions>({
  name: 'speakerSection',
  group: 'block',
  content: '(paragraph | heading | bulletList | orderedList | blockquote | recommendation)+',
  defining: true,
  isolating: true,
  draggable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      speakerId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-speaker-id'),
        renderHTML: (attributes) => ({ 'data-speaker-id': attributes.speakerId }),
      },
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
    }
  },
})
