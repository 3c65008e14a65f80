import { Fragment, type Mark, type Node as ProseMirrorNode, Slice } from '@tiptap/pm/model'

/** The words of one top-level block, to show a person what was not saved. */
export interface Passage {
  text: string
  /** The person removed this block (its text is what was there), rather than wrote it. */
  isRemoval: boolean
}

/**
 * One change that turns `current` into `wanted`, as small and as deep in the tree as the two
 * documents allow, so that the rights judge each edit inside the block it was made in.
 * Positions are in `current`; changes never overlap.
 */
export type DocumentChange =
  | { kind: 'replace'; from: number; to: number; slice: Slice; passage: Passage }
  | {
      kind: 'attributes'
      at: number
      attrs: ProseMirrorNode['attrs']
      marks: readonly Mark[]
      passage: Passage
    }

/** Longer child lists are aligned by their common start and end only. */
const MAX_ALIGNMENT_CELLS = 1_000_000

/**
 * The changes from `current` to `wanted` (two whole documents), block by block: unchanged
 * blocks are matched so that an insertion or a deletion elsewhere does not turn the blocks
 * between into one large change.
 */
export function diffDocuments(current: ProseMirrorNode, wanted: ProseMirrorNode): DocumentChange[] {
  const changes: DocumentChange[] = []
  diffChildren(current, wanted, 0, null, changes)
  return changes
}

/** The passage of the top-level block a change is in; null while still at the document. */
type PassageOf = (() => Passage) | null

function diffNode(
  current: ProseMirrorNode,
  wanted: ProseMirrorNode,
  position: number,
  passageOf: () => Passage,
  changes: DocumentChange[],
): void {
  if (current.eq(wanted)) return
  if (current.type !== wanted.type) {
    changes.push(replaceNodes(position, [current], [wanted], passageOf))
    return
  }
  if (!current.sameMarkup(wanted)) {
    changes.push({
      kind: 'attributes',
      at: position,
      attrs: wanted.attrs,
      marks: wanted.marks,
      passage: passageOf(),
    })
  }
  if (current.content.eq(wanted.content)) return
  if (current.isTextblock) {
    changes.push(replaceRange(current, wanted, position + 1, passageOf))
    return
  }
  diffChildren(current, wanted, position + 1, passageOf, changes)
}

/** Matches the children of two nodes of the same type and diffs each pair; `start` is where `current`'s content begins. */
function diffChildren(
  current: ProseMirrorNode,
  wanted: ProseMirrorNode,
  start: number,
  passageOf: PassageOf,
  changes: DocumentChange[],
): void {
  const currentChildren = childrenOf(current)
  const wantedChildren = childrenOf(wanted)
  const offsets = offsetsOf(currentChildren, start)
  const anchors = alignEqualChildren(currentChildren, wantedChildren)
  let currentIndex = 0
  let wantedIndex = 0
  for (const [currentAnchor, wantedAnchor] of [
    ...anchors,
    [currentChildren.length, wantedChildren.length] as const,
  ]) {
    diffGap(
      currentChildren.slice(currentIndex, currentAnchor),
      wantedChildren.slice(wantedIndex, wantedAnchor),
      offsets.slice(currentIndex, currentAnchor + 1),
      passageOf,
      changes,
    )
    currentIndex = currentAnchor + 1
    wantedIndex = wantedAnchor + 1
  }
}

/**
 * Children between two matched ones: pairs of the same kind of block are diffed inside (from
 * both ends, so one inserted block does not shift the pairing), and what is left is replaced
 * as one range. `offsets` holds each current child's position and the position after the last.
 */
function diffGap(
  current: ProseMirrorNode[],
  wanted: ProseMirrorNode[],
  offsets: number[],
  parentPassage: PassageOf,
  changes: DocumentChange[],
): void {
  const positionAt = (index: number) => offsets[index] ?? 0
  const pair = (currentIndex: number, wantedIndex: number) => {
    const currentChild = current[currentIndex]
    const wantedChild = wanted[wantedIndex]
    if (!currentChild || !wantedChild) return
    const passageOf = parentPassage ?? (() => passageOfBlock(wantedChild, false))
    diffNode(currentChild, wantedChild, positionAt(currentIndex), passageOf, changes)
  }
  if (current.length === wanted.length) {
    for (let index = 0; index < current.length; index++) pair(index, index)
    return
  }
  let head = 0
  while (head < current.length && head < wanted.length && isSameKind(current[head], wanted[head])) {
    head++
  }
  let tail = 0
  while (
    tail < current.length - head &&
    tail < wanted.length - head &&
    isSameKind(current[current.length - 1 - tail], wanted[wanted.length - 1 - tail])
  ) {
    tail++
  }
  for (let index = 0; index < head; index++) pair(index, index)
  for (let index = 1; index <= tail; index++) pair(current.length - index, wanted.length - index)
  const removed = current.slice(head, current.length - tail)
  const added = wanted.slice(head, wanted.length - tail)
  if (removed.length === 0 && added.length === 0) return
  // What was removed is shown as it was; what was added, within the block it was added to.
  const passage =
    added.length === 0
      ? passageOfBlocks(removed, true)
      : (parentPassage?.() ?? passageOfBlocks(added, false))
  changes.push({
    kind: 'replace',
    from: positionAt(head),
    to: positionAt(current.length - tail),
    slice: sliceOf(added),
    passage,
  })
}

/** The smallest range where two contents differ, replaced by `wanted`'s part of it. */
function replaceRange(
  current: ProseMirrorNode,
  wanted: ProseMirrorNode,
  start: number,
  passageOf: () => Passage,
): DocumentChange {
  const from = current.content.findDiffStart(wanted.content) ?? current.content.size
  const end = current.content.findDiffEnd(wanted.content) ?? {
    a: current.content.size,
    b: wanted.content.size,
  }
  // Repeated text can make the two ends cross; widen both so the range is not negative.
  const overlap = from - Math.min(end.a, end.b)
  const currentEnd = overlap > 0 ? end.a + overlap : end.a
  const wantedEnd = overlap > 0 ? end.b + overlap : end.b
  return {
    kind: 'replace',
    from: start + from,
    to: start + currentEnd,
    slice: wanted.slice(from, wantedEnd),
    passage: passageOf(),
  }
}

function replaceNodes(
  position: number,
  current: ProseMirrorNode[],
  wanted: ProseMirrorNode[],
  passageOf: () => Passage,
): DocumentChange {
  const size = current.reduce((total, node) => total + node.nodeSize, 0)
  return {
    kind: 'replace',
    from: position,
    to: position + size,
    slice: sliceOf(wanted),
    passage: passageOf(),
  }
}

/**
 * Pairs of indices of equal children, in order (a longest common subsequence), so that unchanged
 * blocks anchor the diff. Very long lists fall back to their equal start and end.
 */
export function alignEqualChildren(
  current: readonly ProseMirrorNode[],
  wanted: readonly ProseMirrorNode[],
): Array<readonly [number, number]> {
  let head = 0
  while (head < current.length && head < wanted.length && current[head]?.eq(wanted[head]!)) head++
  let tail = 0
  while (
    tail < current.length - head &&
    tail < wanted.length - head &&
    current[current.length - 1 - tail]?.eq(wanted[wanted.length - 1 - tail]!)
  ) {
    tail++
  }
  const anchors: Array<readonly [number, number]> = []
  for (let index = 0; index < head; index++) anchors.push([index, index])
  const middleCurrent = current.slice(head, current.length - tail)
  const middleWanted = wanted.slice(head, wanted.length - tail)
  if (middleCurrent.length * middleWanted.length <= MAX_ALIGNMENT_CELLS) {
    for (const [currentIndex, wantedIndex] of longestCommonSubsequence(
      middleCurrent,
      middleWanted,
    )) {
      anchors.push([head + currentIndex, head + wantedIndex])
    }
  }
  for (let index = tail; index > 0; index--) {
    anchors.push([current.length - index, wanted.length - index])
  }
  return anchors
}

function longestCommonSubsequence(
  current: readonly ProseMirrorNode[],
  wanted: readonly ProseMirrorNode[],
): Array<readonly [number, number]> {
  const columns = wanted.length + 1
  // lengths[i * columns + j]: the longest common run of current[i..] and wanted[j..].
  const lengths = new Uint32Array((current.length + 1) * columns)
  for (let i = current.length - 1; i >= 0; i--) {
    for (let j = wanted.length - 1; j >= 0; j--) {
      lengths[i * columns + j] = current[i]?.eq(wanted[j]!)
        ? (lengths[(i + 1) * columns + j + 1] ?? 0) + 1
        : Math.max(lengths[(i + 1) * columns + j] ?? 0, lengths[i * columns + j + 1] ?? 0)
    }
  }
  const pairs: Array<readonly [number, number]> = []
  let i = 0
  let j = 0
  while (i < current.length && j < wanted.length) {
    if (current[i]?.eq(wanted[j]!)) {
      pairs.push([i, j])
      i++
      j++
    } else if ((lengths[(i + 1) * columns + j] ?? 0) >= (lengths[i * columns + j + 1] ?? 0)) {
      i++
    } else {
      j++
    }
  }
  return pairs
}

function isSameKind(current: ProseMirrorNode | undefined, wanted: ProseMirrorNode | undefined) {
  return current !== undefined && wanted !== undefined && current.sameMarkup(wanted)
}

function childrenOf(node: ProseMirrorNode): ProseMirrorNode[] {
  const children: ProseMirrorNode[] = []
  node.forEach((child) => {
    children.push(child)
  })
  return children
}

/** Each child's position, then the position after the last one. */
function offsetsOf(children: readonly ProseMirrorNode[], start: number): number[] {
  const offsets = [start]
  let position = start
  for (const child of children) {
    position += child.nodeSize
    offsets.push(position)
  }
  return offsets
}

function sliceOf(nodes: readonly ProseMirrorNode[]): Slice {
  return nodes.length === 0 ? Slice.empty : new Slice(Fragment.fromArray([...nodes]), 0, 0)
}

function passageOfBlock(node: ProseMirrorNode, isRemoval: boolean): Passage {
  return { text: textOf(node), isRemoval }
}

function passageOfBlocks(nodes: readonly ProseMirrorNode[], isRemoval: boolean): Passage {
  return { text: nodes.map(textOf).join('\n\n'), isRemoval }
}

/** A block's text with a line break between its paragraphs, as a person would copy it. */
export function textOf(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, '\n', (leaf) => leaf.textContent || '')
}

/** The order to make `changes` in: later first, so each leaves the positions before it valid. */
export function inApplyingOrder(changes: readonly DocumentChange[]): DocumentChange[] {
  return [...changes].sort(byPositionFromTheEnd)
}

function positionOf(change: DocumentChange): number {
  return change.kind === 'replace' ? change.from : change.at
}

/** At one position, a block's attributes go before an insertion that would move the block. */
function byPositionFromTheEnd(first: DocumentChange, second: DocumentChange): number {
  const difference = positionOf(second) - positionOf(first)
  if (difference !== 0) return difference
  return (first.kind === 'attributes' ? 0 : 1) - (second.kind === 'attributes' ? 0 : 1)
}
