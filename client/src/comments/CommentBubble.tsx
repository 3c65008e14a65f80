import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { BubbleMenu } from '@tiptap/react/menus'
import { useEffect } from 'react'
import type { CommentsController } from './CommentsController'

/**
 * "Comment" beside selected text, and Ctrl/Cmd+Alt+M anywhere on the page. Listened for on the
 * window: a reviewer's read-only text takes no keyboard focus, so the editor never sees the keys.
 */
export function CommentBubble({
  editor,
  controller,
}: {
  editor: Editor
  controller: CommentsController
}) {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        if (controller.beginThread()) event.preventDefault()
      }
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [controller])

  return (
    <BubbleMenu
      editor={editor}
      pluginKey="commentBubble"
      shouldShow={({ state }) => !state.selection.empty && state.selection instanceof TextSelection}
    >
      <div className="comment-bubble">
        <button
          type="button"
          className="button button--small"
          title="Comment (Ctrl+Alt+M)"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => controller.beginThread()}
        >
          Comment
        </button>
      </div>
    </BubbleMenu>
  )
}
