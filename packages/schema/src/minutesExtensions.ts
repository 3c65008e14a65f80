import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Recommendation } from './recommendation/Recommendation'
import { SpeakerSection } from './speaker-section/SpeakerSection'

/** Name of the Y.XmlFragment holding the ProseMirror content. */
export const CONTENT_FRAGMENT_NAME = 'default'

/**
 * The one extension list that defines the minutes schema. Client and server both build
 * from it, so that nothing one side writes is dropped by the other.
 */
export function minutesExtensions(): Extensions {
  return [
    // Collaboration brings its own per-user undo; StarterKit's history would undo others' typing.
    StarterKit.configure({ undoRedo: false, link: { openOnClick: false } }),
    SpeakerSection,
    Recommendation,
  ]
}
