import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import type { LocalUser } from '../collaboration/localUser'
import { PeopleContext } from '../collaboration/PeopleContext'
import { editorExtensions } from './editorExtensions'
import { Toolbar } from './Toolbar'

interface MinutesEditorProps {
  session: CollaborationSession
  user: LocalUser
}

/** The minutes as a page, edited together through the session's Y.Doc. */
export function MinutesEditor({ session, user }: MinutesEditorProps) {
  const editor = useEditor(
    {
      // No `content`: the server seeds documents; seeding here would duplicate on every load.
      extensions: editorExtensions(session, user),
      editorProps: {
        attributes: {
          class: 'minutes-page__content',
          'aria-label': 'Minutes text',
          'aria-multiline': 'true',
        },
      },
    },
    [session],
  )
  const isEmpty = useEditorState({ editor, selector: ({ editor: current }) => current?.isEmpty })

  return (
    <PeopleContext.Provider value={session.people}>
      {editor && <Toolbar editor={editor} />}
      <article className="minutes-page" data-empty={isEmpty ? 'true' : undefined}>
        <EditorContent editor={editor} />
      </article>
    </PeopleContext.Provider>
  )
}
