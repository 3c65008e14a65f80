import type { JSONContent } from '@tiptap/core'

/** A speaker's section, tied to `speakerId` in the people register, holding `content`. */
export function speakerSection(speakerId: string, ...content: JSONContent[]): JSONContent {
  return { type: 'speakerSection', attrs: { speakerId }, content }
}
