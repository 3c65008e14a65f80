import { z } from 'zod'
import { requestBody } from './requestBody'

/** What an accepted correction was: a reporting error, a factual correction, or new material (a footnote). */
export const correctionClasses = ['reporting', 'factual', 'newMaterial'] as const
export type CorrectionClass = (typeof correctionClasses)[number]

export const correctionStates = ['pending', 'accepted', 'reverted'] as const
export type CorrectionState = (typeof correctionStates)[number]

const classProblem = 'The class must be "reporting", "factual" or "newMaterial".'

/** `POST /api/docs/:id/corrections/:correctionId`: accept with a class, or revert. */
export const CorrectionDecision = requestBody({
  decision: z.enum(['accept', 'revert'], { error: 'The decision must be "accept" or "revert".' }),
  class: z.enum(correctionClasses, { error: classProblem }).optional(),
}).superRefine((body, context) => {
  if (body.decision === 'accept' && body.class === undefined) {
    context.addIssue({ code: 'custom', message: `Accepting needs a class. ${classProblem}` })
  }
  if (body.decision === 'revert' && body.class !== undefined) {
    context.addIssue({ code: 'custom', message: 'A revert takes no class.' })
  }
})
export type CorrectionDecision = z.input<typeof CorrectionDecision>

/** One correction: text one person changed in one place of a speaker's blocks since circulation. */
export const CorrectionView = z.strictObject({
  id: z.string(),
  /** The person id (in the register) whose section or answer it is in. */
  speakerId: z.string(),
  author: z.strictObject({ name: z.string() }),
  inserted: z.string(),
  deleted: z.string(),
  /** When it was made (ISO 8601), as near as the server's versions tell. */
  at: z.string(),
  state: z.enum(correctionStates),
  class: z.enum(correctionClasses).optional(),
})
export type CorrectionView = z.output<typeof CorrectionView>

/** `GET /api/docs/:id/corrections`: since the minutes were circulated (null: never), in document order. */
export const CorrectionList = z.strictObject({
  since: z.string().nullable(),
  corrections: z.array(CorrectionView),
})
export type CorrectionList = z.output<typeof CorrectionList>
