import type { ImportPreview } from '@minutes/protocol'
import type { DocumentStore } from '../persistence/DocumentStore'
import { findSamePeople } from './findSamePeople'
import { findSeries } from './findSeries'
import { type Importer, type MinutesUpload, readImport } from './readImport'
import { readSeriesRegisters } from './readSeries'

/**
 * What a file would become, creating nothing; for minutes of a series, the people already in its
 * meetings (by name and organisation), for the person to confirm they are the same.
 */
export async function previewImport(
  store: DocumentStore,
  importer: Importer,
  upload: MinutesUpload,
  seriesId: string | null,
): Promise<ImportPreview> {
  if (seriesId !== null) await findSeries(store, seriesId)
  const { title, result } = await readImport(importer, upload)
  if (seriesId === null) return { title, report: result.report }
  const { meetings } = await readSeriesRegisters(store, seriesId)
  const samePeople = findSamePeople(result.people, meetings).map(
    ({ name, organisation, meetingTitle }) => ({ name, organisation, meetingTitle }),
  )
  return { title, report: result.report, samePeople }
}
