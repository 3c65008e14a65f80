import {
  type DocumentAccess,
  isOpenForCorrections,
  isOwnBlock as isOwnBlockRef,
  type WorkflowStatus,
} from '@minutes/permissions'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { blockRef } from './describeTransaction'

export function isOwnBlock(node: ProseMirrorNode, access: DocumentAccess): boolean {
  return access.role === 'speaker' && isOwnBlockRef(blockRef(node), access.speakerId)
}

/**
 * For a speaker: their own sections and answers marked `section--own` (always, so they can find
 * them), and while the minutes are circulated, everything else `section--locked`, read-only to
 * them. The outermost blocks that hold nothing of theirs are marked, not each paragraph.
 */
export function decorateSections(
  doc: ProseMirrorNode,
  access: DocumentAccess,
  status: WorkflowStatus,
): DecorationSet {
  if (access.role !== 'speaker') return DecorationSet.empty
  const decorations: Decoration[] = []
  const visit = (node: ProseMirrorNode, position: number) => {
    const range = [position, position + node.nodeSize] as const
    if (isOwnBlock(node, access)) {
      decorations.push(
        Decoration.node(...range, {
          class: 'section--own',
          'data-own-label': node.type.name === 'answer' ? 'Your answer' : 'Your section',
        }),
      )
    } else if (holdsOwnBlock(node, access)) {
      node.forEach((child, offset) => {
        visit(child, position + 1 + offset)
      })
    } else if (isOpenForCorrections(status)) {
      decorations.push(Decoration.node(...range, { class: 'section--locked' }))
    }
  }
  doc.forEach((child, offset) => {
    visit(child, offset)
  })
  return DecorationSet.create(doc, decorations)
}

function holdsOwnBlock(node: ProseMirrorNode, access: DocumentAccess): boolean {
  let isFound = false
  node.descendants((child) => {
    if (isFound || child.isTextblock) return false
    isFound = isOwnBlock(child, access)
    return !isFound
  })
  return isFound
}
