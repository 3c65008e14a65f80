import type {
  PersonBlock,
  SeriesPeople,
  SeriesPerson,
  SeriesPersonSummary,
} from '@minutes/protocol'
import type { MinutesRegister } from '../documents/readRegister'
import type { DocumentStore } from '../persistence/DocumentStore'
import { actionsOf } from './readActionsRegister'
import { isOpenAction, readSeriesRegisters } from './readSeries'
import { SeriesPersonNotFoundError } from './SeriesPersonNotFoundError'

/** Everyone the series' meetings name, once per id, as the latest meeting names them; by name. */
export async function readSeriesPeople(
  store: DocumentStore,
  seriesId: string,
): Promise<SeriesPeople> {
  const { meetings } = await readSeriesRegisters(store, seriesId)
  return {
    people: [...peopleOf(meetings).values()].sort((a, b) => a.name.localeCompare(b.name)),
  }
}

/** What one person said, proposed and still owes across the series' meetings, in order. */
export async function readSeriesPerson(
  store: DocumentStore,
  seriesId: string,
  personId: string,
): Promise<SeriesPerson> {
  const { series, meetings } = await readSeriesRegisters(store, seriesId)
  const person = peopleOf(meetings).get(personId)
  if (!person) throw new SeriesPersonNotFoundError()
  const said = meetings.flatMap(({ meta, said: blocks }) =>
    blocks
      .filter(({ speakerId }) => speakerId === personId)
      .map(
        (block): PersonBlock => ({
          documentId: meta.id,
          meetingTitle: meta.title,
          blockId: block.blockId,
          label: block.kind,
          text: block.text,
          status: null,
        }),
      ),
  )
  const proposed = meetings.flatMap(({ meta, entries }) =>
    entries
      .filter(({ kind, personId: proposer }) => kind === 'recommendation' && proposer === personId)
      .map(
        (entry): PersonBlock => ({
          documentId: meta.id,
          meetingTitle: meta.title,
          blockId: entry.blockId,
          label: entry.number,
          text: entry.text,
          status: entry.status,
        }),
      ),
  )
  const owes = actionsOf(meetings)
    .filter(
      (action) =>
        action.ownerId === personId && isOpenAction({ kind: 'action', status: action.status }),
    )
    .map(
      (action): PersonBlock => ({
        documentId: action.documentId,
        meetingTitle: action.meetingTitle,
        blockId: action.blockId,
        label: action.number,
        text: action.text,
        status: action.status,
      }),
    )
  return { seriesId: series.id, person, said, proposed, owes }
}

function peopleOf(meetings: readonly MinutesRegister[]): Map<string, SeriesPersonSummary> {
  const people = new Map<string, SeriesPersonSummary>()
  for (const { people: register } of meetings) {
    for (const person of register) {
      people.set(person.id, {
        id: person.id,
        name: person.name,
        title: person.title ?? null,
        organisation: person.organisation ?? null,
        meetings: (people.get(person.id)?.meetings ?? 0) + 1,
      })
    }
  }
  return people
}
