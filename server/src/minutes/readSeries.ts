import type { SeriesMeeting, SeriesView } from '@minutes/protocol'
import { type MinutesRegister, readRegister } from '../documents/readRegister'
import type { DocumentStore, Series } from '../persistence/DocumentStore'
import { findSeries } from './findSeries'

/** A series with the register of each of its meetings, in the series' order (`orderMeetings`). */
export async function readSeriesRegisters(
  store: DocumentStore,
  id: string,
): Promise<{ series: Series; meetings: MinutesRegister[] }> {
  const series = await findSeries(store, id)
  const members = (await store.listDocuments()).filter(({ seriesId }) => seriesId === id)
  const meetings: MinutesRegister[] = []
  for (const { id: documentId } of members) {
    const register = await readRegister(store, documentId)
    // Gone, or moved to another series, since the list was read.
    if (register && register.meta.seriesId === id) meetings.push(register)
  }
  return { series, meetings: orderMeetings(meetings) }
}

/** A series' meetings by their date; minutes without one after, in the order they were created. */
export function orderMeetings(meetings: MinutesRegister[]): MinutesRegister[] {
  return [...meetings].sort(
    (a, b) =>
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.meta.createdAt.localeCompare(b.meta.createdAt) ||
      a.meta.id.localeCompare(b.meta.id),
  )
}

/** `GET /api/series/:id`: its meetings in order, with date, status and what each holds. */
export async function readSeries(store: DocumentStore, id: string): Promise<SeriesView> {
  const { series, meetings } = await readSeriesRegisters(store, id)
  return {
    id: series.id,
    title: series.title,
    createdAt: series.createdAt,
    meetings: meetings.map(describeMeeting),
  }
}

/** An action not yet done or dropped. */
export function isOpenAction({ kind, status }: { kind: string; status: string | null }): boolean {
  return kind === 'action' && status !== 'done' && status !== 'dropped'
}

function describeMeeting({ meta, date, entries }: MinutesRegister): SeriesMeeting {
  const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length
  return {
    id: meta.id,
    title: meta.title,
    status: meta.status,
    date,
    updatedAt: meta.updatedAt,
    counts: {
      recommendations: count('recommendation'),
      decisions: count('decision'),
      actions: count('action'),
      openActions: entries.filter(isOpenAction).length,
    },
  }
}
