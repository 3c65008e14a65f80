import { workflowStatuses } from '@minutes/permissions'
import { z } from 'zod'
import { Title } from './documents'
import { requestBody } from './requestBody'

/** `POST /api/series`: an inquiry or a committee whose meetings have minutes. */
export const NewSeries = requestBody({
  title: Title.pipe(z.string({ error: 'Give the series a title of 1 to 200 characters.' })),
})
export type NewSeries = z.input<typeof NewSeries>

export const CreatedSeries = z.strictObject({ id: z.string() })
export type CreatedSeries = z.output<typeof CreatedSeries>

/** A series in the list; `meetings` counts its minutes. */
export const SeriesSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  meetings: z.number().int().nonnegative(),
})
export type SeriesSummary = z.output<typeof SeriesSummary>

/** `GET /api/series`: oldest first. */
export const SeriesList = z.strictObject({ series: z.array(SeriesSummary) })
export type SeriesList = z.output<typeof SeriesList>

/** What one meeting's minutes hold, counted as the register numbers them. */
export const MeetingCounts = z.strictObject({
  recommendations: z.number().int().nonnegative(),
  decisions: z.number().int().nonnegative(),
  actions: z.number().int().nonnegative(),
  openActions: z.number().int().nonnegative(),
})
export type MeetingCounts = z.output<typeof MeetingCounts>

/** One meeting of a series: `date` is the meeting's own (yyyy-mm-dd), null when the minutes give none. */
export const SeriesMeeting = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: z.enum(workflowStatuses),
  date: z.string().nullable(),
  updatedAt: z.string(),
  counts: MeetingCounts,
})
export type SeriesMeeting = z.output<typeof SeriesMeeting>

/** `GET /api/series/:id`: its meetings by date (undated last, by when they were created). */
export const SeriesView = z.strictObject({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  meetings: z.array(SeriesMeeting),
})
export type SeriesView = z.output<typeof SeriesView>

/** Where a block is: the minutes and the Yjs id of the block's element, as search results give it. */
export const BlockReference = z.strictObject({ documentId: z.string(), blockId: z.string() })
export type BlockReference = z.output<typeof BlockReference>

/** What every row of a series' registers says: the block, its meeting, its number, text and status. */
const RegisterRow = z.strictObject({
  documentId: z.string(),
  meetingTitle: z.string(),
  /** yyyy-mm-dd, or null when the minutes give no date. */
  meetingDate: z.string().nullable(),
  /** Its number in its minutes ("R3", "A2"), as the text shows it. */
  number: z.string(),
  /** Null only if the block cannot be told apart (then no link opens it). */
  blockId: z.string().nullable(),
  /** The first line of its text. */
  text: z.string(),
  /** One of the schema's statuses for its kind. */
  status: z.string().nullable(),
})

/** One recommendation of a series' register, as its minutes say it now. */
export const RegisterRecommendation = RegisterRow.extend({
  proposerId: z.string().nullable(),
  proposer: z.string().nullable(),
  addressee: z.string().nullable(),
  themes: z.array(z.string()),
  /** The recommendation this one was marked a duplicate of. */
  mergedInto: BlockReference.nullable(),
})
export type RegisterRecommendation = z.output<typeof RegisterRecommendation>

/** `GET /api/series/:id/recommendations`: every recommendation of every meeting, meetings in order. */
export const RecommendationsRegister = z.strictObject({
  seriesId: z.string(),
  title: z.string(),
  recommendations: z.array(RegisterRecommendation),
})
export type RecommendationsRegister = z.output<typeof RecommendationsRegister>

export const maxThemes = 10
export const maxThemeLength = 40

/** `PATCH /api/series/:id/recommendations/:documentId/:blockId`: its theme tags, the one it duplicates, or both. */
export const RecommendationNoteChange = requestBody({
  themes: z
    .array(
      z
        .string({ error: 'Each theme must be text.' })
        .trim()
        .min(1, 'A theme cannot be blank.')
        .max(maxThemeLength, `A theme is at most ${maxThemeLength} characters.`),
      { error: 'The themes must be a list of text.' },
    )
    .max(maxThemes, `Give at most ${maxThemes} themes.`)
    .optional(),
  mergedInto: z
    .strictObject(
      {
        documentId: z.string({ error: 'mergedInto.documentId must be text.' }).max(64),
        blockId: z
          .string({ error: 'mergedInto.blockId must be text.' })
          .regex(/^\d{1,16}-\d{1,16}$/, 'mergedInto.blockId is not a block id.'),
      },
      { error: 'mergedInto must be { documentId, blockId } or null.' },
    )
    .nullable()
    .optional(),
}).refine((change) => change.themes !== undefined || change.mergedInto !== undefined, {
  error: 'Send themes, mergedInto, or both.',
})
export type RecommendationNoteChange = z.input<typeof RecommendationNoteChange>

/** A meeting an action was carried into, with its number there. */
export const CarriedAction = z.strictObject({
  documentId: z.string(),
  meetingTitle: z.string(),
  number: z.string(),
  blockId: z.string().nullable(),
})
export type CarriedAction = z.output<typeof CarriedAction>

/**
 * One action of a series' register, where it was agreed. `status` is the latest said of it: in
 * the last meeting it was carried into, if any (closing it there closes it here).
 */
export const RegisterAction = RegisterRow.extend({
  ownerId: z.string().nullable(),
  owner: z.string().nullable(),
  dueDate: z.string().nullable(),
  carriedTo: z.array(CarriedAction),
})
export type RegisterAction = z.output<typeof RegisterAction>

/** `GET /api/series/:id/actions?status=open|all`: meetings in order, each meeting's in its numbering. */
export const ActionsRegister = z.strictObject({
  seriesId: z.string(),
  title: z.string(),
  actions: z.array(RegisterAction),
})
export type ActionsRegister = z.output<typeof ActionsRegister>

/** A person of a series: one id across its meetings (imports match people by name and organisation). */
export const SeriesPersonSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  organisation: z.string().nullable(),
  /** How many of the series' meetings name them. */
  meetings: z.number().int().nonnegative(),
})
export type SeriesPersonSummary = z.output<typeof SeriesPersonSummary>

/** `GET /api/series/:id/people`: by name. */
export const SeriesPeople = z.strictObject({ people: z.array(SeriesPersonSummary) })
export type SeriesPeople = z.output<typeof SeriesPeople>

/** Something a person said, proposed or owes, where it is. */
export const PersonBlock = z.strictObject({
  documentId: z.string(),
  meetingTitle: z.string(),
  blockId: z.string().nullable(),
  /** "speakerSection", "question", "answer"; a number ("R2", "A1") for what they proposed or owe. */
  label: z.string(),
  text: z.string(),
  /** A recommendation's or action's status. */
  status: z.string().nullable(),
})
export type PersonBlock = z.output<typeof PersonBlock>

/** `GET /api/series/:id/people/:personId`: what they said, proposed and owe (open actions) across the series. */
export const SeriesPerson = z.strictObject({
  seriesId: z.string(),
  person: SeriesPersonSummary,
  said: z.array(PersonBlock),
  proposed: z.array(PersonBlock),
  owes: z.array(PersonBlock),
})
export type SeriesPerson = z.output<typeof SeriesPerson>
