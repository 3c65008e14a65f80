import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** How long a block stays highlighted after a sidebar sent the reader to it. */
export const highlightDurationMs = 1600

interface HighlightState {
  decorations: DecorationSet
  /** Counts highlights, so that a second one on the same block restarts the timer. */
  serial: number
}

type HighlightMeta = { position: number } | 'clear'

export const blockHighlightKey = new PluginKey<HighlightState>('blockHighlight')

/**
 * Briefly marks one block (`class="block-highlight"`): the place a sidebar item points to.
 * A decoration, not a DOM class, so it follows remote edits and never enters the shared content.
 */
export function createBlockHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: blockHighlightKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, serial: 0 }),
      apply: (transaction, previous) => {
        const meta = transaction.getMeta(blockHighlightKey) as HighlightMeta | undefined
        if (meta === 'clear') return { ...previous, decorations: DecorationSet.empty }
        const node = meta ? transaction.doc.nodeAt(meta.position) : null
        if (meta && node) {
          const highlight = Decoration.node(meta.position, meta.position + node.nodeSize, {
            class: 'block-highlight',
          })
          return {
            decorations: DecorationSet.create(transaction.doc, [highlight]),
            serial: previous.serial + 1,
          }
        }
        if (previous.decorations === DecorationSet.empty) return previous
        return {
          ...previous,
          decorations: previous.decorations.map(transaction.mapping, transaction.doc),
        }
      },
    },
    props: { decorations: (state) => blockHighlightKey.getState(state)?.decorations },
    view: () => {
      let timer: ReturnType<typeof setTimeout> | undefined
      return {
        update: (view, previousState) => {
          const serial = blockHighlightKey.getState(view.state)?.serial ?? 0
          if (serial === (blockHighlightKey.getState(previousState)?.serial ?? 0)) return
          clearTimeout(timer)
          timer = setTimeout(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(blockHighlightKey, 'clear'))
          }, highlightDurationMs)
        },
        destroy: () => clearTimeout(timer),
      }
    },
  })
}

/** For the editor's extension list; `revealBlock` registers the plugin itself where it is missing. */
export const BlockHighlight = Extension.create({
  name: 'blockHighlight',
  addProseMirrorPlugins: () => [createBlockHighlightPlugin()],
})
