import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { LinkedEntry, MinutesRegister } from '../documents/readRegister'
import { isOpenAction } from './readSeries'

export const mattersArisingHeading = 'Matters arising / actions from the last meeting'

/** Where an action was first agreed: itself, or where the copy it is links to. */
export function originOf(
  documentId: string,
  entry: LinkedEntry,
): { documentId: string; blockId: string } | null {
  if (entry.carriedFrom) return entry.carriedFrom
  return entry.blockId ? { documentId, blockId: entry.blockId } : null
}

/**
 * The start of a series' next minutes: its last meeting's open actions under "Matters arising",
 * each with its owner, due date and status, and a link to where it was agreed (an action carried
 * twice still links to its first meeting). Undefined when nothing is open.
 */
export function mattersArising(
  meetings: readonly MinutesRegister[],
): { content: JSONContent; people: Person[] } | undefined {
  const last = meetings.at(-1)
  if (!last) return undefined
  const open = last.entries.filter(isOpenAction)
  if (open.length === 0) return undefined
  const findEntry = ({ documentId, blockId }: { documentId: string; blockId: string }) => {
    const meeting = meetings.find(({ meta }) => meta.id === documentId)
    const entry = meeting?.entries.find((candidate) => candidate.blockId === blockId)
    return meeting && entry ? { meeting, entry } : undefined
  }
  const owners = new Map(last.people.map((person) => [person.id, person]))
  const people = new Map<string, Person>()
  const items = open.flatMap((entry): JSONContent[] => {
    const origin = originOf(last.meta.id, entry)
    if (!origin) return []
    const agreed = findEntry(origin) ?? { meeting: last, entry }
    const owner = entry.personId ? owners.get(entry.personId) : undefined
    if (owner) people.set(owner.id, owner)
    const attrs: Record<string, string> = {}
    if (owner) attrs.ownerId = owner.id
    if (entry.dueDate) attrs.dueDate = entry.dueDate
    if (entry.status) attrs.status = entry.status
    const place = `agreed at ${agreed.meeting.meta.title}, ${agreed.entry.number}`
    return [
      {
        type: 'actionItem',
        attrs,
        content: [
          {
            type: 'paragraph',
            content: [
              ...(agreed.entry.text ? [{ type: 'text', text: `${agreed.entry.text} ` }] : []),
              {
                type: 'text',
                text: `(${place})`,
                marks: [
                  {
                    type: 'link',
                    attrs: {
                      href: `/d/${encodeURIComponent(origin.documentId)}?block=${origin.blockId}`,
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    ]
  })
  if (items.length === 0) return undefined
  return {
    content: {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: mattersArisingHeading }],
        },
        ...items,
      ],
    },
    people: [...people.values()],
  }
}
