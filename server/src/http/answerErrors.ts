import type { ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { EmailTakenError, SetupRefusedError } from '../auth/AuthStore'
import { InvalidMinutesError } from '../documents/encodeMinutesState'
import { ImportFailure } from '../imports/ImportFailure'
import type { Logger } from '../logger'
import {
  CorrectionConflictError,
  CorrectionNotFoundError,
  CorrectionRefusedError,
} from '../minutes/CorrectionsOnMinutes'
import { InvalidInputError } from '../minutes/InvalidInputError'
import { RecommendationNotFoundError } from '../minutes/RecommendationNotFoundError'
import { SeriesPersonNotFoundError } from '../minutes/SeriesPersonNotFoundError'
import { StatusChangeRefusedError } from '../minutes/StatusChangeRefusedError'
import { RestoreRefusedError, VersionNotFoundError } from '../minutes/VersionHistory'
import { CommentNotFoundError, CommentRefusedError } from '../minutes/writeCommentsAs'
import { DocumentNotFoundError, SeriesNotFoundError } from '../persistence/DocumentStore'
import { StoreUnavailableError } from '../persistence/StoreUnavailableError'

/**
 * The one place errors become HTTP answers: what the caller can act on is `{ error }` with its
 * status; anything else is logged and answered with a 500 that gives nothing away.
 */
export function answerErrors(logger: Logger): ErrorHandler {
  return (error, c) => {
    const status = statusOf(error)
    if (status !== undefined) return c.json({ error: error.message }, status)
    logger.error(`${c.req.method} ${c.req.path} failed`, error)
    return c.json({ error: 'Something went wrong on the server. Try again shortly.' }, 500)
  }
}

function statusOf(error: Error): ContentfulStatusCode | undefined {
  if (error instanceof HTTPException) return error.status
  if (error instanceof InvalidInputError) return 400
  if (error instanceof DocumentNotFoundError) return 404
  if (error instanceof SeriesNotFoundError) return 404
  if (error instanceof RecommendationNotFoundError) return 404
  if (error instanceof SeriesPersonNotFoundError) return 404
  if (error instanceof StatusChangeRefusedError) return 409
  if (error instanceof RestoreRefusedError) return 409
  if (error instanceof VersionNotFoundError) return 404
  if (error instanceof CommentRefusedError) return 403
  if (error instanceof CorrectionRefusedError) return 403
  if (error instanceof CorrectionNotFoundError) return 404
  if (error instanceof CorrectionConflictError) return 409
  if (error instanceof CommentNotFoundError) return 404
  if (error instanceof EmailTakenError) return 409
  if (error instanceof SetupRefusedError) return error.reason === 'account-exists' ? 409 : 403
  if (error instanceof ImportFailure) return error.status
  if (error instanceof InvalidMinutesError) return 422
  if (error instanceof StoreUnavailableError) return 503
  return undefined
}
