// The page's styles come before the blocks' inside it, which refine them.
import './editor.css'
import type { Extensions } from '@tiptap/core'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import { memo } from 'react'
import type { CollaborationSession } from '../collaboration/createCollaborationSession'
import type { LocalUser } from '../collaboration/localUser'
import { PeopleContext } from '../collaboration/PeopleContext'
import { SessionNotice } from '../collaboration/SessionNotice'
import { BlockDragHandle } from './BlockDragHandle'
import { EditableContext } from './EditableContext'
import { editorExtensions } from './editorExtensions'
import { Toolbar } from './Toolbar'
import { useIsEditable } from './useIsEditable'

interface MinutesEditorProps {
  session: CollaborationSession
  user: LocalUser
  /** More behaviour from the page (section rights); each made once, the editor is made with them. */
  extensions?: Extensions
}

const noExtensions: Extensions = []

/**
 * The minutes as a page, edited together through the session's Y.Doc. Memoised: the page
 * around it re-renders on every save ("saving", "saved"), and re-rendering the editor walks
 * every node view of long minutes, on every keystroke.
 */
export const MinutesEditor = memo(MinutesEditorView, haveSameProps)

function haveSameProps(a: MinutesEditorProps, b: MinutesEditorProps): boolean {
  const before = a.extensions ?? noExtensions
  const after = b.extensions ?? noExtensions
  return (
    a.session === b.session &&
    a.user === b.user &&
    before.length === after.length &&
    before.every((extension, index) => extension === after[index])
  )
}

function MinutesEditorView({ session, user, extensions = noExtensions }: MinutesEditorProps) {
  const editor = useEditor(
    {
      // No `content`: the server seeds documents; seeding here would duplicate on every load.
      extensions: [...editorExtensions(session, user), ...extensions],
      editorProps: {
        attributes: {
          class: 'minutes-page__content',
          'aria-label': 'Minutes text',
          'aria-multiline': 'true',
          'aria-description':
            'Type / to insert a block. Alt+Enter: the details of the block here. Alt+Shift+Arrow keys: move a block.',
        },
      },
    },
    [session, ...extensions],
  )
  const isEmpty = useEditorState({ editor, selector: ({ editor: current }) => current?.isEmpty })
  const isEditable = useIsEditable(editor)

  return (
    <PeopleContext.Provider value={session.people}>
      <EditableContext.Provider value={isEditable}>
        <SessionNotice session={session} />
        {editor && <Toolbar editor={editor} />}
        <article className="minutes-page" data-empty={isEmpty ? 'true' : undefined}>
          <EditorContent editor={editor} />
          {editor && <BlockDragHandle editor={editor} />}
        </article>
      </EditableContext.Provider>
    </PeopleContext.Provider>
  )
}
