import type { CommentAuthor } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { CommentAnchors } from './CommentAnchors'
import { CommentsController } from './CommentsController'

/**
 * The comment threads of one open document: the controller the page's bubble and sidebar share,
 * and the editor extension that highlights the threads' text (made once per document, as the
 * editor is made with it). `onReveal` brings the comments into view.
 */
export function useComments(ydoc: Y.Doc, editor: Editor | null, onReveal: () => void) {
  const controller = useMemo(() => new CommentsController(ydoc), [ydoc])
  const extension = useMemo(
    () => CommentAnchors.configure({ onActivate: (id) => controller.activate(id) }),
    [controller],
  )
  controller.onReveal = onReveal
  useEffect(() => {
    controller.attach(editor)
    return () => controller.attach(null)
  }, [controller, editor])
  return { controller, extension }
}

/** Who the server will say wrote a comment, or undefined while that is unknown (offline). */
export function commentAuthorOf(
  commenterId: string | null,
  name: string,
  role: CommentAuthor['role'],
): CommentAuthor | undefined {
  return commenterId === null ? undefined : { id: commenterId, name, role }
}

/** How many threads are open, for the tab's label. */
export function useOpenThreadCount(controller: CommentsController): number {
  return useSyncExternalStore(
    controller.subscribe,
    () => controller.getSnapshot().threads.filter(({ thread }) => !thread.resolved).length,
  )
}
