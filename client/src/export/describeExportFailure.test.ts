import { describe, expect, it } from 'vitest'
import { ApiError } from '../shared/api/ApiError'
import { describeExportFailure } from './describeExportFailure'

describe('describeExportFailure', () => {
  it("puts the server's message into one sentence, without a doubled full stop", () => {
    const error = new ApiError('There is no document with id "abc".', 404)
    expect(describeExportFailure(error)).toBe(
      'The export failed: There is no document with id "abc". Try again.',
    )
  })

  it('does not say "Try again" twice', () => {
    const error = new ApiError('Something went wrong on the server. Try again shortly.', 500)
    expect(describeExportFailure(error)).toBe(
      'The export failed: Something went wrong on the server. Try again shortly.',
    )
  })

  it('says what to check when the server was not reached', () => {
    expect(describeExportFailure(new ApiError('the server could not be reached', 0))).toBe(
      'The export failed: the server could not be reached. Check your connection and try again.',
    )
  })

  it('still says something for an error without a message', () => {
    expect(describeExportFailure(new Error(''))).toBe(
      'The export failed: unknown error. Try again.',
    )
    expect(describeExportFailure('nope')).toBe('The export failed: unknown error. Try again.')
  })
})
