import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ActionStatus } from '../action-item/ActionItem'
import type { Person } from '../people/Person'
import type { RecommendationStatus } from '../recommendation/Recommendation'
import { numberBlocks } from '../shared/numbering'

export type RegisterKind = 'recommendation' | 'decision' | 'action'
export type RegisterStatus = RecommendationStatus | ActionStatus

export interface RegisterEntry {
  kind: RegisterKind
  /** "R3", as the text shows it: both come from `numberBlocks`. */
  number: string
  /** Position before the block, and after it. */
  position: number
  end: number
  /** The first line of the block's text. */
  text: string
  /** Decisions have none. */
  status: RegisterStatus | null
  /** The recommendation's proposer or the action's owner. */
  personId: string | null
  personName: string | null
  addressee: string | null
  /** ISO date, yyyy-mm-dd; actions only. */
  dueDate: string | null
}

export const registerKinds: readonly {
  kind: RegisterKind
  typeName: string
  prefix: string
  personKey?: string
}[] = [
  { kind: 'recommendation', typeName: 'recommendation', prefix: 'R', personKey: 'proposerId' },
  { kind: 'decision', typeName: 'decision', prefix: 'D' },
  { kind: 'action', typeName: 'actionItem', prefix: 'A', personKey: 'ownerId' },
]

/** Every recommendation, decision and action in the minutes: by kind, then in document order. */
export function registerEntries(
  doc: ProseMirrorNode,
  findPerson: (id: string) => Person | undefined,
): RegisterEntry[] {
  return registerKinds.flatMap(({ kind, typeName, prefix, personKey }) =>
    numberBlocks(doc, typeName).map(({ node, number, position }) => {
      const personId = personKey ? textAttribute(node.attrs[personKey]) : null
      const person = personId ? findPerson(personId) : undefined
      return {
        kind,
        number: `${prefix}${number}`,
        position,
        end: position + node.nodeSize,
        text: firstLine(node),
        status: (textAttribute(node.attrs.status) as RegisterStatus | null) ?? null,
        personId,
        personName: personId ? (person ? personName(person) : 'Unknown person') : null,
        addressee: textAttribute(node.attrs.addressee),
        dueDate: textAttribute(node.attrs.dueDate),
      }
    }),
  )
}

function firstLine(node: ProseMirrorNode): string {
  return (node.firstChild?.textContent ?? '').split('\n')[0]?.trim() ?? ''
}

function personName(person: Person): string {
  return person.title ? `${person.title} ${person.name}` : person.name
}

function textAttribute(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}
