import { CONTENT_FRAGMENT_NAME } from '@minutes/schema'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/**
 * A scratch copy of `server` with `unsavedState` merged in: the minutes as they would be had the
 * server taken everything. Items the server already has merge as no-ops, so the whole state of
 * the old copy can be given. The caller destroys the copy.
 */
export function mergeUnsavedWork(server: Y.Doc, unsavedState: Uint8Array): Y.Doc {
  const merged = new Y.Doc()
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(server))
  Y.applyUpdate(merged, unsavedState)
  return merged
}

/** The minutes in `doc` as the editor shows them. */
export function minutesOf(doc: Y.Doc, schema: Schema): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT_NAME), schema)
}
