import type { Person } from '@minutes/schema'
import type { JSONContent } from '@tiptap/core'
import type { MinutesRegister } from '../documents/readRegister'
import { foldForSearch } from '../persistence/searchTerms'

/** The attributes the schema checks as person ids (`personId`): the ones naming someone. */
const personAttributes = new Set([
  'speakerId',
  'proposerId',
  'ownerId',
  'askerId',
  'personId',
  'chairId',
])

/** A person of imported minutes who is already in an earlier meeting of the series. */
export interface SamePerson {
  importedId: string
  /** Their id in the series: the earliest meeting's. */
  seriesId: string
  name: string
  organisation: string | null
  meetingTitle: string
}

/** Name and organisation, case, accents and spacing aside: what makes two entries one person. */
function personKey({ name, organisation }: Person): string {
  const fold = (text: string) => foldForSearch(text).replace(/\s+/g, ' ').trim()
  return `${fold(name)}\u0000${fold(organisation ?? '')}`
}

/** The imported people found, by name and organisation, in the series' meetings (the earliest first). */
export function findSamePeople(
  imported: readonly Person[],
  meetings: readonly MinutesRegister[],
): SamePerson[] {
  const known = new Map<string, { person: Person; meetingTitle: string }>()
  for (const { meta, people } of meetings) {
    for (const person of people) {
      const key = personKey(person)
      if (!known.has(key)) known.set(key, { person, meetingTitle: meta.title })
    }
  }
  return imported.flatMap((person) => {
    const match = known.get(personKey(person))
    if (!match) return []
    return [
      {
        importedId: person.id,
        seriesId: match.person.id,
        name: person.name,
        organisation: person.organisation ?? null,
        meetingTitle: match.meetingTitle,
      },
    ]
  })
}

/** Every person id the series' meetings use. */
export function personIdsOf(meetings: readonly MinutesRegister[]): Set<string> {
  return new Set(meetings.flatMap(({ people }) => people.map(({ id }) => id)))
}

/**
 * The imported minutes with each person found in the series given their series id, and every
 * other person whose id the series already uses for someone else a fresh one, in the people
 * register and in every attribute naming them (speaker, proposer, owner, asker…): in a series one
 * id is one person.
 */
export function withSeriesPeople<Minutes extends { content: JSONContent; people: Person[] }>(
  minutes: Minutes,
  same: readonly SamePerson[],
  taken: ReadonlySet<string>,
): Minutes {
  const ids = new Map(same.map(({ importedId, seriesId }) => [importedId, seriesId]))
  const used = new Set([...taken, ...minutes.people.map(({ id }) => id)])
  for (const { id } of minutes.people) {
    if (ids.has(id) || !taken.has(id)) continue
    let suffix = 2
    while (used.has(`${id}-${suffix}`)) suffix++
    ids.set(id, `${id}-${suffix}`)
    used.add(`${id}-${suffix}`)
  }
  if (ids.size === 0) return minutes
  const relabel = (node: JSONContent): JSONContent => ({
    ...node,
    ...(node.attrs
      ? {
          attrs: Object.fromEntries(
            Object.entries(node.attrs).map(([key, value]) => [
              key,
              personAttributes.has(key) && typeof value === 'string'
                ? (ids.get(value) ?? value)
                : value,
            ]),
          ),
        }
      : {}),
    ...(node.content ? { content: node.content.map(relabel) } : {}),
  })
  return {
    ...minutes,
    content: relabel(minutes.content),
    people: minutes.people.map((person) => ({ ...person, id: ids.get(person.id) ?? person.id })),
  }
}
