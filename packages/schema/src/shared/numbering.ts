import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

export interface NumberedBlock {
  /** Position of the block in the document. */
  position: number
  /** 1-based, in document order. */
  number: number
  node: ProseMirrorNode
}

/** Numbers every block of `typeName` in document order; numbers are derived, never stored. */
export function numberBlocks(doc: ProseMirrorNode, typeName: string): NumberedBlock[] {
  const numbered: NumberedBlock[] = []
  doc.descendants((node, position) => {
    if (node.type.name !== typeName) return true
    numbered.push({ position, number: numbered.length + 1, node })
    return false
  })
  return numbered
}

/**
 * Shows each block's number (`data-number="R3"`) through decorations, so that numbers follow
 * insertions, moves and deletions by anyone and never become part of the shared content.
 */
export function createNumberingPlugin(typeName: string, prefix: string): Plugin {
  const key = new PluginKey<DecorationSet>(`${typeName}Numbering`)
  const decorate = (doc: ProseMirrorNode) =>
    DecorationSet.create(
      doc,
      numberBlocks(doc, typeName).map(({ position, number, node }) =>
        Decoration.node(position, position + node.nodeSize, {
          'data-number': `${prefix}${number}`,
        }),
      ),
    )
  return new Plugin({
    key,
    state: {
      init: (_, state) => decorate(state.doc),
      apply: (transaction, previous) =>
        transaction.docChanged ? decorate(transaction.doc) : previous,
    },
    props: { decorations: (state) => key.getState(state) },
  })
}
