import { mergeAttributes, Node } from '@tiptap/core'
import { choiceAttribute, dataAttribute } from '../shared/attributes'
import { createNumberingPlugin } from '../shared/numbering'

export const actionStatuses = ['open', 'inProgress', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatuses)[number]

export interface ActionItemAttributes {
  ownerId: string | null
  /** ISO date, yyyy-mm-dd. */
  dueDate: string | null
  status: ActionStatus
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItem: {
      insertActionItem: (attributes?: Partial<ActionItemAttributes>) => ReturnType
      updateActionItem: (attributes: Partial<ActionItemAttributes>) => ReturnType
    }
  }
}

/** Something someone must do by a date: numbered A1, A2, ... in document order. */
export const ActionItem = Node.create({
  name: 'actionItem',
  group: 'block',
  content: 'paragraph',
  defining: true,
  draggable: true,

  addAttributes() {
    return {
      ownerId: dataAttribute('ownerId', 'owner-id'),
      dueDate: dataAttribute('dueDate', 'due-date'),
      status: choiceAttribute('status', 'status', actionStatuses),
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="action-item"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'action-item', class: 'action-item' }),
      0,
    ]
  },

  addCommands() {
    return {
      insertActionItem:
        (attributes = {}) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: attributes,
            content: [{ type: 'paragraph' }],
          }),
      updateActionItem:
        (attributes) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, attributes),
    }
  },

  addProseMirrorPlugins() {
    return [createNumberingPlugin(this.name, 'A')]
  },
})
