import type { ThreadWithComments } from '@minutes/schema'
import { maxQuoteLength, type ThreadAnchor } from '@minutes/schema'
import { Extension } from '@tiptap/core'
import { type EditorState, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** Where a thread's text is now; null when that text is gone (the thread is detached). */
export type ThreadRange = { from: number; to: number } | null

interface AnchorsState {
  threads: readonly ThreadWithComments[]
  activeId: string | null
  ranges: ReadonlyMap<string, ThreadRange>
  decorations: DecorationSet
}

/** Sent as a transaction's meta to give the plugin new threads or a new active thread. */
export interface AnchorsUpdate {
  threads?: readonly ThreadWithComments[]
  activeId?: string | null
}

export const commentAnchorsKey = new PluginKey<AnchorsState>('commentAnchors')

export interface CommentAnchorsOptions {
  /** Someone clicked anchored text: the thread to show. */
  onActivate: (threadId: string) => void
}

/**
 * Highlights the text each open thread is anchored on, as decorations only: threads live beside
 * the content and never write to it. Positions come from the threads' Yjs relative positions,
 * read again whenever the Yjs document changed from elsewhere, and mapped through local edits
 * in between (the Yjs document catches up with those only after the transaction).
 */
export const CommentAnchors = Extension.create<CommentAnchorsOptions>({
  name: 'commentAnchors',

  addOptions() {
    return { onActivate: () => {} }
  },

  addProseMirrorPlugins() {
    const { onActivate } = this.options
    return [
      new Plugin<AnchorsState>({
        key: commentAnchorsKey,
        state: {
          init: () => ({
            threads: [],
            activeId: null,
            ranges: new Map(),
            decorations: DecorationSet.empty,
          }),
          apply(tr, previous, _oldState, state) {
            const update = tr.getMeta(commentAnchorsKey) as AnchorsUpdate | undefined
            const isRemote = tr.getMeta(ySyncPluginKey) !== undefined
            if (!update && !tr.docChanged && !isRemote) return previous
            const threads = update?.threads ?? previous.threads
            const activeId = update?.activeId !== undefined ? update.activeId : previous.activeId
            const ranges =
              update?.threads || isRemote
                ? resolveRanges(state, threads)
                : mapRanges(previous.ranges, tr.mapping)
            return {
              threads,
              activeId,
              ranges,
              decorations: decorate(state, threads, ranges, activeId),
            }
          },
        },
        props: {
          decorations: (state) => commentAnchorsKey.getState(state)?.decorations,
          handleClick(view, position) {
            const anchors = commentAnchorsKey.getState(view.state)
            if (!anchors) return false
            for (const { thread } of anchors.threads) {
              const range = anchors.ranges.get(thread.id)
              if (!thread.resolved && range && range.from <= position && position <= range.to) {
                onActivate(thread.id)
                return false
              }
            }
            return false
          },
        },
      }),
    ]
  },
})

/** The threads' ranges in the editor's state, as the plugin last placed them. */
export function threadRanges(state: EditorState): ReadonlyMap<string, ThreadRange> {
  return commentAnchorsKey.getState(state)?.ranges ?? new Map()
}

/** The selection as a thread's anchor, or null when nothing (or no text) is selected. */
export function anchorOfSelection(state: EditorState): ThreadAnchor | null {
  const { from, to, empty } = state.selection
  if (empty || !(state.selection instanceof TextSelection)) return null
  const binding = ySyncPluginKey.getState(state)?.binding
  if (!binding) return null
  const quote = state.doc.textBetween(from, to, ' ').replace(/\s+/g, ' ').trim()
  if (quote === '') return null
  const relative = (position: number): Y.RelativePosition =>
    absolutePositionToRelativePosition(position, binding.type, binding.mapping)
  return {
    start: encode(startOf(state, from, relative, binding.doc) ?? relative(from)),
    end: encode(relative(to)),
    quote: quote.length > maxQuoteLength ? `${quote.slice(0, maxQuoteLength - 1)}…` : quote,
  }
}

/**
 * The binding's positions stick to the character before them, so text typed just before a
 * thread would join it: a thread's start sticks to its first character instead, when the
 * selection starts inside text.
 */
function startOf(
  state: EditorState,
  from: number,
  relative: (position: number) => Y.RelativePosition,
  doc: Y.Doc,
): Y.RelativePosition | undefined {
  const $from = state.doc.resolve(from)
  if (!$from.parent.isTextblock || $from.parentOffset >= $from.parent.content.size) return undefined
  const afterFirst = Y.createAbsolutePositionFromRelativePosition(relative(from + 1), doc, false)
  if (!afterFirst || !(afterFirst.type instanceof Y.XmlText) || afterFirst.index < 1)
    return undefined
  return Y.createRelativePositionFromTypeIndex(afterFirst.type, afterFirst.index - 1, 0)
}

function encode(position: Y.RelativePosition): string {
  return bytesToBase64(Y.encodeRelativePosition(position))
}

function resolveRanges(
  state: EditorState,
  threads: readonly ThreadWithComments[],
): Map<string, ThreadRange> {
  const ranges = new Map<string, ThreadRange>()
  const binding = ySyncPluginKey.getState(state)?.binding
  if (!binding) return ranges
  const resolve = (encoded: string) => {
    try {
      const position = asEveryoneReadsIt(
        Y.decodeRelativePosition(base64ToBytes(encoded)),
        binding.doc,
      )
      if (!position) return null
      return (
        relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping) ??
        resolveAtStart(state, binding, position)
      )
    } catch {
      return null
    }
  }
  const size = state.doc.content.size
  for (const { thread } of threads) {
    const from = resolve(thread.start)
    const to = resolve(thread.end)
    if (from === null || to === null || to > size || from > to) ranges.set(thread.id, null)
    else if (from < to) ranges.set(thread.id, { from, to })
    else ranges.set(thread.id, quoteBeside(state, from, thread.quote))
  }
  return ranges
}

/**
 * Yjs follows a deleted character to the one an undo put back, but only on the client that
 * undid it: the link is not shared. Read that way, one person would see a thread on text that
 * everyone else sees detached, so positions are read as every client can: without it.
 */
function asEveryoneReadsIt(position: Y.RelativePosition, doc: Y.Doc): Y.RelativePosition | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc, false)
  if (!absolute) return null
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, absolute.assoc)
}

/**
 * A thread whose text was deleted has both ends at the place it was. When its exact words are
 * there again, just before or after (an undo puts them back beside the deleted ones, and so does
 * retyping them), it is placed on them. This reads only the document, so every client agrees.
 */
function quoteBeside(state: EditorState, position: number, quote: string): ThreadRange {
  if (quote === '' || quote.endsWith('…')) return null
  const $position = state.doc.resolve(position)
  if (!$position.parent.isTextblock) return null
  const start = $position.start()
  const end = $position.end()
  const before = Math.max(start, position - quote.length)
  if (state.doc.textBetween(before, position, '') === quote) return { from: before, to: position }
  const after = Math.min(end, position + quote.length)
  if (state.doc.textBetween(position, after, '') === quote) return { from: position, to: after }
  return null
}

/**
 * The binding gives up on any text position in the document's first two places (it takes them
 * for misresolved), so a thread on the first words would show as detached: those are placed
 * here through the text's own block.
 */
function resolveAtStart(
  state: EditorState,
  binding: { doc: Y.Doc; mapping: Map<Y.AbstractType<unknown>, unknown> },
  position: Y.RelativePosition,
): number | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, binding.doc, false)
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return null
  const block = binding.mapping.get(absolute.type.parent as Y.AbstractType<unknown>)
  let found: number | null = null
  state.doc.descendants((node, offset) => {
    if (found !== null) return false
    if (node === block) found = offset + 1 + absolute.index
    return found === null
  })
  return found !== null && found <= 2 ? found : null
}

function mapRanges(
  ranges: ReadonlyMap<string, ThreadRange>,
  mapping: { map(position: number, assoc?: number): number },
): Map<string, ThreadRange> {
  const mapped = new Map<string, ThreadRange>()
  for (const [id, range] of ranges) {
    if (!range) {
      mapped.set(id, null)
      continue
    }
    const from = mapping.map(range.from, 1)
    const to = mapping.map(range.to, -1)
    mapped.set(id, from < to ? { from, to } : null)
  }
  return mapped
}

function decorate(
  state: EditorState,
  threads: readonly ThreadWithComments[],
  ranges: ReadonlyMap<string, ThreadRange>,
  activeId: string | null,
): DecorationSet {
  const decorations: Decoration[] = []
  for (const { thread } of threads) {
    const range = ranges.get(thread.id)
    const isActive = thread.id === activeId
    if (!range || (thread.resolved && !isActive)) continue
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: isActive ? 'comment-anchor comment-anchor--active' : 'comment-anchor',
        'data-thread-id': thread.id,
      }),
    )
  }
  return DecorationSet.create(state.doc, decorations)
}

function bytesToBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
}

function base64ToBytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0))
}
