import type { SeriesList } from '@minutes/protocol'
import type { DocumentStore } from '../persistence/DocumentStore'

/** Every series, oldest first, with how many minutes each holds. */
export async function listSeries(store: DocumentStore): Promise<SeriesList> {
  const meetings = new Map<string, number>()
  for (const { seriesId } of await store.listDocuments()) {
    if (seriesId !== null) meetings.set(seriesId, (meetings.get(seriesId) ?? 0) + 1)
  }
  const series = await store.listSeries()
  return {
    series: series.map(({ id, title, createdAt }) => ({
      id,
      title,
      createdAt,
      meetings: meetings.get(id) ?? 0,
    })),
  }
}
