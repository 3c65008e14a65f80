import { mergeAttributes, Node } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { recommendationNumbers } from './recommendationNumbers'

export interface RecommendationOptions {
  HTMLAttributes: Record<string, unknown>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    recommendation: {
      /** Inserts an empty recommendation at the selection. */
      insertRecommendation: () => ReturnType
    }
  }
}

const numberingKey = new PluginKey<DecorationSet>('recommendationNumbering')

/** A recommendation block; its number (R1, R2, ...) follows document order. */
export const Recommendation = Node.create<RecommendationOptions>({
  name: 'recommendation',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  draggable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="recommendation"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        'data-type': 'recommendation',
        class: 'recommendation',
      }),
      0,
    ]
  },

  addCommands() {
    return {
      insertRecommendation:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, content: [{ type: 'paragraph' }] }),
    }
  },

  addProseMirrorPlugins() {
    // Numbers are shown through decorations so that they are never part of the shared content.
    const decorate = (doc: Parameters<typeof recommendationNumbers>[0]) =>
      DecorationSet.create(
        doc,
        recommendationNumbers(doc).map(({ position, number, node }) =>
          Decoration.node(position, position + node.nodeSize, {
            'data-number': `R${number}`,
          }),
        ),
      )
    return [
      new Plugin({
        key: numberingKey,
        state: {
          init: (_, state) => decorate(state.doc),
          apply: (transaction, previous) =>
            transaction.docChanged ? decorate(transaction.doc) : previous,
        },
        props: {
          decorations: (state) => numberingKey.getState(state),
        },
      }),
    ]
  },
})
