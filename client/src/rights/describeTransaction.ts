import type { BlockRef, DescribedChange } from '@minutes/permissions'
import type { Fragment, Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  DocAttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  type Step,
} from '@tiptap/pm/transform'

/**
 * Describes a local transaction the way the server describes the Yjs update it becomes: each
 * changed range as the blocks around it, outermost first (`DescribedChange`). A range that
 * reaches a block's own opening or closing token is not inside that block, so a block's own
 * insertion, deletion or attributes are described from outside it, as on the server.
 */
export function describeTransaction(tr: Transaction): DescribedChange[] {
  return tr.steps.flatMap((step, index) => {
    const doc = tr.docs[index]
    return doc ? describeStep(step, doc) : []
  })
}

function describeStep(step: Step, doc: ProseMirrorNode): DescribedChange[] {
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
    const changes: DescribedChange[] = []
    const inserted = blocksIn(step.slice.content)
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      const path = blocksAround(doc, oldStart, oldEnd)
      if (oldEnd > oldStart) {
        const blocks = blocksRemoved(doc, oldStart, oldEnd)
        changes.push({ target: 'content', action: 'delete', path, ...withBlocks(blocks) })
      }
      if (newEnd > newStart) {
        changes.push({ target: 'content', action: 'insert', path, ...withBlocks(inserted) })
      }
    })
    return changes
  }
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
    // Formatting lives in the text it covers.
    return [{ target: 'content', action: 'insert', path: blocksAround(doc, step.from, step.to) }]
  }
  if (
    step instanceof AttrStep ||
    step instanceof AddNodeMarkStep ||
    step instanceof RemoveNodeMarkStep
  ) {
    const node = doc.nodeAt(step.pos)
    if (!node) return [{ target: 'unknown', description: 'it changes a block that is not there' }]
    const path = [...blocksAround(doc, step.pos, step.pos), blockRef(node)]
    return [{ target: 'content', action: 'attribute', path }]
  }
  if (step instanceof DocAttrStep) return [{ target: 'content', action: 'attribute', path: [] }]
  return [{ target: 'unknown', description: `it is a ${String(step.toJSON().stepType)} step` }]
}

/** The block types a step inserts: every node of the slice but text. */
function blocksIn(fragment: Fragment): string[] {
  const names = new Set<string>()
  fragment.descendants((node) => {
    if (!node.isText) names.add(node.type.name)
  })
  return [...names]
}

/** The block types wholly inside from…to, which deleting the range removes. */
function blocksRemoved(doc: ProseMirrorNode, from: number, to: number): string[] {
  const names = new Set<string>()
  doc.nodesBetween(from, to, (node, position) => {
    if (!node.isText && position >= from && position + node.nodeSize <= to) {
      names.add(node.type.name)
    }
  })
  return [...names]
}

function withBlocks(blocks: string[]): { blocks?: string[] } {
  return blocks.length > 0 ? { blocks } : {}
}

/** The blocks whose content holds all of from…to, outermost first. */
export function blocksAround(doc: ProseMirrorNode, from: number, to: number): BlockRef[] {
  const $from = doc.resolve(from)
  const depth = $from.sharedDepth(to)
  const path: BlockRef[] = []
  for (let level = 1; level <= depth; level++) path.push(blockRef($from.node(level)))
  return path
}

export function blockRef(node: ProseMirrorNode): BlockRef {
  const speakerId: unknown = node.attrs.speakerId
  return { type: node.type.name, speakerId: typeof speakerId === 'string' ? speakerId : null }
}
