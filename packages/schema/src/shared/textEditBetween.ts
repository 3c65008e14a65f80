import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { StepMap } from '@tiptap/pm/transform'

/**
 * How `after` differs from `before` when the only change is text inside one textblock (typing,
 * anyone's): the map from one to the other, or null when blocks changed too. y-prosemirror
 * applies a remote edit as a replacement of the whole document, so a transaction's own mapping
 * says nothing; comparing the documents does, and unchanged blocks are the same objects, so it
 * costs one step per block. Block structure is then unchanged: what depends on it only moves.
 */
export function textEditBetween(before: ProseMirrorNode, after: ProseMirrorNode): StepMap | null {
  const start = before.content.findDiffStart(after.content)
  if (start === null) return StepMap.empty
  const end = before.content.findDiffEnd(after.content)
  if (!end) return null
  // Repeated text lets the end search run past the start ("aa" to "aaa"): stop it there.
  const overlap = start - Math.min(end.a, end.b)
  const endBefore = end.a + Math.max(0, overlap)
  const endAfter = end.b + Math.max(0, overlap)
  const $startBefore = before.resolve(start)
  const $startAfter = after.resolve(start)
  const isInOneTextblock =
    $startBefore.parent.isTextblock &&
    $startBefore.sameParent(before.resolve(endBefore)) &&
    $startAfter.parent.isTextblock &&
    $startAfter.sameParent(after.resolve(endAfter))
  return isInOneTextblock ? new StepMap([start, endBefore - start, endAfter - start]) : null
}
