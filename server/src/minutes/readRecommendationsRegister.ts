import type { RecommendationsRegister, RegisterRecommendation } from '@minutes/protocol'
import type { DocumentStore } from '../persistence/DocumentStore'
import { readSeriesRegisters } from './readSeries'

/**
 * Every recommendation of every meeting of the series, meetings in order and each meeting's in
 * its own numbering, read from the minutes as they are now, with the series' notes on them
 * (themes, duplicates).
 */
export async function readRecommendationsRegister(
  store: DocumentStore,
  seriesId: string,
): Promise<RecommendationsRegister> {
  const { series, meetings } = await readSeriesRegisters(store, seriesId)
  const notes = new Map(
    (await store.listRecommendationNotes(seriesId)).map((note) => [
      `${note.documentId} ${note.blockId}`,
      note,
    ]),
  )
  const recommendations = meetings.flatMap(({ meta, date, entries }) =>
    entries
      .filter(({ kind }) => kind === 'recommendation')
      .map((entry): RegisterRecommendation => {
        const note = entry.blockId ? notes.get(`${meta.id} ${entry.blockId}`) : undefined
        return {
          documentId: meta.id,
          meetingTitle: meta.title,
          meetingDate: date,
          number: entry.number,
          blockId: entry.blockId,
          text: entry.text,
          status: entry.status,
          proposerId: entry.personId,
          proposer: entry.personName,
          addressee: entry.addressee,
          themes: note?.themes ?? [],
          mergedInto: note?.mergedInto ?? null,
        }
      }),
  )
  return { seriesId: series.id, title: series.title, recommendations }
}
