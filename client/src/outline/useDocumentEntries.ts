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
  /** The document has changed since `doc` and the delay is over: derive again. */
  isDue: boolean
}

/**
 * How long the entries may lag the document. Deriving them reads the whole document: on long
 * minutes, with others typing, doing it on every keystroke costs more than the keystroke.
 */
export const entriesDelayMs = 300

/**
 * Entries derived from the editor's document, kept live. `derive` runs at most once every
 * `entriesDelayMs` while the document changes, never on selection moves or in a keystroke;
 * `findCurrent` runs on every transaction and should be cheap. Pass a stable `derive`
 * (useCallback) or it runs on every render.
 */
export function useDocumentEntries<Entry>(
  editor: Editor,
  derive: (doc: ProseMirrorNode) => Entry[],
  findCurrent: (entries: readonly Entry[], selection: Selection) => number,
): DocumentEntries<Entry> {
  const cache = useRef<Cache<Entry> | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const handleTransaction = () => {
        if (cache.current?.doc === editor.state.doc) onChange()
        else if (timer === undefined) {
          // Once per delay, not after a pause: while people type, the outline still follows.
          timer = setTimeout(() => {
            timer = undefined
            if (cache.current) cache.current = { ...cache.current, isDue: true }
            onChange()
          }, entriesDelayMs)
        }
      }
      editor.on('transaction', handleTransaction)
      return () => {
        clearTimeout(timer)
        editor.off('transaction', handleTransaction)
      }
    },
    [editor],
  )
  const getSnapshot = () => {
    const { doc, selection } = editor.state
    const previous = cache.current
    const isDerived = previous?.derive === derive && !previous.isDue
    // Positions in entries of an older document would point the selection at the wrong entry.
    if (isDerived && previous.doc !== doc) return previous.snapshot
    const entries = isDerived ? previous.snapshot.entries : derive(doc)
    const currentIndex = findCurrent(entries, selection)
    if (previous && isDerived && previous.snapshot.currentIndex === currentIndex) {
      return previous.snapshot
    }
    cache.current = { doc, derive, snapshot: { entries, currentIndex }, isDue: false }
    return cache.current.snapshot
  }
  return useSyncExternalStore(subscribe, getSnapshot)
}
