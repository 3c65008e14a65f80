import { recognisedKinds } from '@minutes/import/ImportResult'
import { z } from 'zod'

const count = z.number().int().nonnegative()

/** What the server made of a file: `@minutes/import`'s report, as JSON. */
export const ImportReport = z.strictObject({
  /** How many of each part, as the preview shows them. */
  counts: z.strictObject({
    attendees: count,
    apologies: count,
    agendaItems: count,
    speakerSections: count,
    recommendations: count,
    decisions: count,
    actions: count,
  }),
  recognised: z.array(
    z.strictObject({ kind: z.enum(recognisedKinds), label: z.string(), line: z.number().int() }),
  ),
  /** Lines kept as plain paragraphs, headings or lists because nothing recognised them. */
  unrecognised: z.array(z.strictObject({ line: z.number().int(), text: z.string() })),
})
export type ImportReport = z.output<typeof ImportReport>

/** `POST /api/docs/import?preview=true`: what would be created, creating nothing. */
export const ImportPreview = z.strictObject({
  /** The title the document gets: the one given, else the body's name and date, else the file's. */
  title: z.string(),
  report: ImportReport,
  /**
   * With `?series=`: the file's people already in the series' meetings (same name and
   * organisation), whom the import makes the same people unless `samePeople=false`.
   */
  samePeople: z
    .array(
      z.strictObject({
        name: z.string(),
        organisation: z.string().nullable(),
        meetingTitle: z.string(),
      }),
    )
    .optional(),
})
export type ImportPreview = z.output<typeof ImportPreview>

/** `POST /api/docs/import`: the minutes created. */
export const ImportedDocument = ImportPreview.omit({ samePeople: true }).extend({ id: z.string() })
export type ImportedDocument = z.output<typeof ImportedDocument>
