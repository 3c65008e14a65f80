import { mergeAttributes, Node } from '@tiptap/core'
import { createNumberingPlugin } from '../shared/numbering'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decision: {
      /** Inserts a decision, opening with "Resolved, That " as minutes do. */
      insertDecision: () => ReturnType
    }
  }
}

/** A formal decision ("Resolved, That ..."), numbered D1, D2, ... in document order. */
export const Decision = Node.create({
  name: 'decision',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  draggable: true,

  parseHTML() {
    return [{ tag: 'div[data-type="decision"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'decision', class: 'decision' }),
      0,
    ]
  },

  addCommands() {
    return {
      insertDecision:
        () =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Resolved, That ' }] }],
          }),
    }
  },

  addProseMirrorPlugins() {
    return [createNumberingPlugin(this.name, 'D')]
  },
})
