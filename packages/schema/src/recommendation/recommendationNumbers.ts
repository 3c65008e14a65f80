import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

export interface NumberedRecommendation {
  /** Position of the recommendation node in the document. */
  position: number
  /** 1-based, in document order. */
  number: number
  node: ProseMirrorNode
}

/** Numbers every recommendation in document order; numbers are derived, never stored. */
export function recommendationNumbers(doc: ProseMirrorNode): NumberedRecommendation[] {
  const numbered: NumberedRecommendation[] = []
  doc.descendants((node, position) => {
    if (node.type.name === 'recommendation') {
      numbered.push({ position, number: numbered.length + 1, node })
      return false
    }
    return true
  })
  return numbered
}
