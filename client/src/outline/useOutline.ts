import type { Person } from '@minutes/schema'
import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useCallback } from 'react'
import { findCurrentEntry } from './findCurrentEntry'
import { type OutlineEntry, outlineEntries } from './outlineEntries'
import { type DocumentEntries, useDocumentEntries } from './useDocumentEntries'
import { usePersonLookup } from './usePersonLookup'

/** The outline of the minutes in `editor`, kept live, and the entry the selection is in. */
export function useOutline(
  editor: Editor,
  people: readonly Person[],
): DocumentEntries<OutlineEntry> {
  const findPerson = usePersonLookup(people)
  const derive = useCallback(
    (doc: ProseMirrorNode) => outlineEntries(doc, findPerson),
    [findPerson],
  )
  return useDocumentEntries(editor, derive, findCurrentEntry)
}
