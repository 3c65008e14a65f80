import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Selection } from '@tiptap/pm/state'
import { useCallback, useRef, useSyncExternalStore } from 'react'

export interface DocumentEntries<Entry> {
  entries: readonly Entry[]
  /** The entry holding the selection, or -1. */
  currentIndex: number
}

interface Cache<Entry> {
  doc: ProseMirrorNode
  derive: (doc: ProseMirrorNode) => Entry[]
  snapshot: DocumentEntries<Entry>
}

/**
 * Entries derived from the editor's document, kept live. `derive` runs only when the document
 * (or `derive` itself) changes, not on selection moves; `findCurrent` runs on every transaction
 * and should be cheap. Pass a stable `derive` (useCallback) or it runs on every render.
 */
export function useDocumentEntries<Entry>(
  editor: Editor,
  derive: (doc: ProseMirrorNode) => Entry[],
  findCurrent: (entries: readonly Entry[], selection: Selection) => number,
): DocumentEntries<Entry> {
  const cache = useRef<Cache<Entry> | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      editor.on('transaction', onChange)
      return () => {
        editor.off('transaction', onChange)
      }
    },
    [editor],
  )
  const getSnapshot = () => {
    const { doc, selection } = editor.state
    const previous = cache.current
    const isSameDoc = previous?.doc === doc && previous.derive === derive
    const entries = isSameDoc ? previous.snapshot.entries : derive(doc)
    const currentIndex = findCurrent(entries, selection)
    if (previous && isSameDoc && previous.snapshot.currentIndex === currentIndex) {
      return previous.snapshot
    }
    cache.current = { doc, derive, snapshot: { entries, currentIndex } }
    return cache.current.snapshot
  }
  return useSyncExternalStore(subscribe, getSnapshot)
}
