import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Mapping } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { textEditBetween } from './textEditBetween'

export interface NumberedBlock {
  /** Position of the block in the document. */
  position: number
  /** 1-based, in document order. */
  number: number
  node: ProseMirrorNode
}

interface Found {
  /** Offset of the block from the start of the top-level block holding it. */
  offset: number
  node: ProseMirrorNode
}

/**
 * The blocks of each type found in a top-level block. Nodes never change, so an unchanged block
 * (the same object in the next document, as both ProseMirror and y-prosemirror keep it) is
 * never searched again: a keystroke costs one search of the block it changed.
 */
const foundIn = new WeakMap<ProseMirrorNode, Map<string, readonly Found[]>>()

function findIn(block: ProseMirrorNode, typeName: string): readonly Found[] {
  let byType = foundIn.get(block)
  if (!byType) {
    byType = new Map()
    foundIn.set(block, byType)
  }
  const cached = byType.get(typeName)
  if (cached) return cached
  const found: Found[] = []
  if (block.type.name === typeName) found.push({ offset: 0, node: block })
  else {
    block.descendants((node, position) => {
      if (node.type.name === typeName) {
        found.push({ offset: position + 1, node })
        return false
      }
      // Numbered blocks hold text; no text holds a numbered block.
      return !node.isTextblock
    })
  }
  byType.set(typeName, found)
  return found
}

/** Numbers every block of `typeName` in document order; numbers are derived, never stored. */
export function numberBlocks(doc: ProseMirrorNode, typeName: string): NumberedBlock[] {
  const numbered: NumberedBlock[] = []
  doc.forEach((block, blockPosition) => {
    for (const { offset, node } of findIn(block, typeName)) {
      numbered.push({ position: blockPosition + offset, number: numbered.length + 1, node })
    }
  })
  return numbered
}

/**
 * Shows each block's number (`data-number="R3"`) through decorations, so that numbers follow
 * insertions, moves and deletions by anyone and never become part of the shared content.
 * Typing (anyone's) only moves the numbers; they are counted again when blocks change.
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
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => decorate(state.doc),
      apply: (transaction, previous, oldState) => {
        if (!transaction.docChanged) return previous
        const edit = textEditBetween(oldState.doc, transaction.doc)
        return edit ? previous.map(new Mapping([edit]), transaction.doc) : decorate(transaction.doc)
      },
    },
    props: { decorations: (state) => key.getState(state) },
  })
}
