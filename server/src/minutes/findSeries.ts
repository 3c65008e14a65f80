import type { DocumentStore, Series } from '../persistence/DocumentStore'
import { SeriesNotFoundError } from '../persistence/DocumentStore'

const pattern = /^[A-Za-z0-9_-]{1,64}$/

/** The series, or a SeriesNotFoundError. */
export async function findSeries(store: DocumentStore, id: string): Promise<Series> {
  const series = pattern.test(id) ? await store.getSeries(id) : undefined
  if (!series) throw new SeriesNotFoundError(id)
  return series
}
