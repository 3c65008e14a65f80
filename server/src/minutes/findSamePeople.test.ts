import type { Person } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import type { MinutesRegister } from '../documents/readRegister'
import type { DocumentMeta } from '../persistence/DocumentStore'
import { findSamePeople, personIdsOf, withSeriesPeople } from './findSamePeople'

const meeting = (title: string, people: Person[]): MinutesRegister => ({
  meta: { id: title, title } as DocumentMeta,
  date: null,
  entries: [],
  people,
  said: [],
})

const earlier = [
  meeting('January', [
    { id: 'p-ada', name: 'Ada  Lovéll', organisation: 'Northfield University' },
    { id: 'open', name: 'Open Stanley' },
  ]),
  meeting('February', [
    { id: 'p-ada-2', name: 'Ada Lovell', organisation: 'Northfield University' },
  ]),
]

describe('findSamePeople and withSeriesPeople', () => {
  it('match by name and organisation (case, accents and spaces aside), the earliest meeting first', () => {
    const imported: Person[] = [
      { id: 'ada-lovell', name: 'ada lovell', organisation: 'NORTHFIELD university' },
      { id: 'bo', name: 'Ada Lovell', organisation: 'Southfield College' },
    ]
    expect(findSamePeople(imported, earlier)).toEqual([
      {
        importedId: 'ada-lovell',
        seriesId: 'p-ada',
        name: 'ada lovell',
        organisation: 'NORTHFIELD university',
        meetingTitle: 'January',
      },
    ])
  })

  it("give matched people the series' id and others an id nobody in the series has, in person attributes only", () => {
    const minutes = {
      people: [
        { id: 'ada-lovell', name: 'Ada Lovell', organisation: 'Northfield University' },
        { id: 'open', name: 'Open Stanley', organisation: 'Another' },
      ],
      content: {
        type: 'doc',
        content: [
          { type: 'speakerSection', attrs: { speakerId: 'ada-lovell' } },
          { type: 'actionItem', attrs: { ownerId: 'open', status: 'open' } },
        ],
      },
    }
    const same = findSamePeople(minutes.people, earlier)
    const relabelled = withSeriesPeople(minutes, same, personIdsOf(earlier))
    expect(relabelled.people.map(({ id }) => id)).toEqual(['p-ada', 'open-2'])
    expect(relabelled.content.content).toEqual([
      { type: 'speakerSection', attrs: { speakerId: 'p-ada' } },
      { type: 'actionItem', attrs: { ownerId: 'open-2', status: 'open' } },
    ])
  })
})
