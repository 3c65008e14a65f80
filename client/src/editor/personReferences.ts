import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Every attribute of the minutes schema that holds a person id, by node type. */
export const personReferences: Readonly<Record<string, readonly string[]>> = {
  officer: ['personId'],
  attendee: ['personId'],
  speakerSection: ['speakerId'],
  recommendation: ['proposerId'],
  question: ['askerId'],
  answer: ['speakerId'],
  chairSummary: ['chairId'],
  actionItem: ['ownerId'],
}

/** The person ids `node` itself refers to (not those of its children). */
export function personIdsOf(node: ProseMirrorNode): string[] {
  const ids: string[] = []
  for (const attribute of personReferences[node.type.name] ?? []) {
    const value: unknown = node.attrs[attribute]
    if (typeof value === 'string' && value) ids.push(value)
  }
  return ids
}
