import { CONTENT_FRAGMENT_NAME, minutesExtensions, SpeakerSection } from '@minutes/schema'
import type { Extensions } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { ReactNodeViewRenderer } from '@tiptap/react'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import type { LocalUser } from '../collaboration/localUser'
import { SpeakerSectionView } from './node-views/SpeakerSectionView'

// The schema package stays free of React and the DOM; the client adds the views here.
const SpeakerSectionWithView = SpeakerSection.extend({
  addNodeView: () =>
    ReactNodeViewRenderer(SpeakerSectionView, {
      // The header depends only on the speaker; typing in the body must not re-render React.
      update: ({ oldNode, newNode, updateProps }) => {
        if (oldNode.attrs.speakerId !== newNode.attrs.speakerId) updateProps()
        return true
      },
    }),
})

/** The shared minutes schema with this client's node views, bound to one open document. */
export function editorExtensions(session: CollaborationSession, user: LocalUser): Extensions {
  return [
    ...minutesExtensions().map((extension) =>
      extension.name === SpeakerSectionWithView.name ? SpeakerSectionWithView : extension,
    ),
    Collaboration.configure({ document: session.ydoc, field: CONTENT_FRAGMENT_NAME }),
    CollaborationCaret.configure({ provider: session.provider, user }),
  ]
}
