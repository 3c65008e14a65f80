import {
  COMMENTS_MAP_NAME,
  readThreads,
  type ThreadAnchor,
  type ThreadWithComments,
} from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import type * as Y from 'yjs'
import { type AnchorsUpdate, anchorOfSelection, commentAnchorsKey } from './CommentAnchors'

export interface CommentsSnapshot {
  threads: readonly ThreadWithComments[]
  /** A thread being started on this anchor, waiting for its first comment. */
  draft: ThreadAnchor | null
  activeId: string | null
}

/**
 * The comment threads of one open document for the page: read live from the Y.Doc's comments
 * map, handed to the editor's highlights, and what the person is doing (a new thread's anchor,
 * the thread in view). `onReveal` brings the comments tab forward.
 */
export class CommentsController {
  readonly map: Y.Map<unknown>
  private snapshot: CommentsSnapshot
  private editor: Editor | null = null
  private readonly listeners = new Set<() => void>()
  onReveal: () => void = () => {}

  constructor(ydoc: Y.Doc) {
    this.map = ydoc.getMap<unknown>(COMMENTS_MAP_NAME)
    this.snapshot = { threads: readThreads(this.map.entries()), draft: null, activeId: null }
    this.map.observe(() => this.set({ threads: readThreads(this.map.entries()) }))
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): CommentsSnapshot => this.snapshot

  /** The editor whose text the threads highlight; null once it is gone. */
  attach(editor: Editor | null): void {
    this.editor = editor
    this.tellEditor({ threads: this.snapshot.threads, activeId: this.snapshot.activeId })
  }

  /** Starts a thread on the editor's selection; false when nothing is selected. */
  beginThread(): boolean {
    const anchor = this.editor ? anchorOfSelection(this.editor.state) : null
    if (!anchor) return false
    this.set({ draft: anchor })
    this.onReveal()
    return true
  }

  cancelDraft(): void {
    this.set({ draft: null })
  }

  activate(threadId: string | null): void {
    this.set({ activeId: threadId })
    if (threadId) this.onReveal()
  }

  private set(change: Partial<CommentsSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change }
    if (change.threads || change.activeId !== undefined) {
      this.tellEditor({
        ...(change.threads ? { threads: change.threads } : {}),
        ...(change.activeId !== undefined ? { activeId: change.activeId } : {}),
      })
    }
    for (const listener of this.listeners) listener()
  }

  private tellEditor(update: AnchorsUpdate): void {
    const editor = this.editor
    if (!editor || editor.isDestroyed) return
    editor.view.dispatch(editor.state.tr.setMeta(commentAnchorsKey, update))
  }
}
