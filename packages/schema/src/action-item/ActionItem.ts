import { mergeAttributes, Node } from '@tiptap/core'
import { choiceAttribute, dataAttribute } from '../shared/attributes'
import { createNumberingPlugin } from '../shared/numbering'
import {
  type AttributeChecks,
  isoDate,
  oneOf,
  optional,
  personId,
  text,
} from '../validation/AttributeCheck'
import { readChoice, readOptionalText, type WithAttributes } from '../validation/attributeReaders'

export const actionStatuses = ['open', 'inProgress', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatuses)[number]

export interface ActionItemAttributes {
  ownerId: string | null
  /** ISO date, yyyy-mm-dd. */
  dueDate: string | null
  status: ActionStatus
  /**
   * The headings of the action table it was read from ("Action | Owner | Due | Status"):
   * actions that share them are set out as that table again.
   */
  label: string | null
  /** Owner, due date and status as the minutes wrote them, shown in place of the attributes' own wording. */
  ownerLabel: string | null
  dueLabel: string | null
  statusLabel: string | null
}

export const actionItemAttributeChecks = {
  ownerId: optional(personId),
  dueDate: optional(isoDate),
  status: oneOf(actionStatuses),
  label: optional(text()),
  ownerLabel: optional(text()),
  dueLabel: optional(text()),
  statusLabel: optional(text()),
} satisfies AttributeChecks

export function readActionItemAttributes({ attrs = {} }: WithAttributes): ActionItemAttributes {
  const checks = actionItemAttributeChecks
  return {
    ownerId: readOptionalText(attrs.ownerId, checks.ownerId),
    dueDate: readOptionalText(attrs.dueDate, checks.dueDate),
    status: readChoice(actionStatuses, attrs.status),
    label: readOptionalText(attrs.label, checks.label),
    ownerLabel: readOptionalText(attrs.ownerLabel, checks.ownerLabel),
    dueLabel: readOptionalText(attrs.dueLabel, checks.dueLabel),
    statusLabel: readOptionalText(attrs.statusLabel, checks.statusLabel),
  }
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
    const checks = actionItemAttributeChecks
    return {
      ownerId: dataAttribute('ownerId', 'owner-id', checks.ownerId),
      dueDate: dataAttribute('dueDate', 'due-date', checks.dueDate),
      status: choiceAttribute('status', 'status', actionStatuses),
      label: dataAttribute('label', 'label', checks.label),
      ownerLabel: dataAttribute('ownerLabel', 'owner-label', checks.ownerLabel),
      dueLabel: dataAttribute('dueLabel', 'due-label', checks.dueLabel),
      statusLabel: dataAttribute('statusLabel', 'status-label', checks.statusLabel),
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
