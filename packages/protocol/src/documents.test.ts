import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { describeProblem } from './describeProblem'
import { DocumentChange, NewDocument, StatusChange } from './documents'

const problemOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? undefined : describeProblem(result.error)
}

describe('document bodies', () => {
  it('trims titles; absent, null and blank titles are none', () => {
    expect(NewDocument.parse({ title: '  Board  ' })).toEqual({ title: 'Board' })
    for (const title of [undefined, null, '   ']) {
      expect(NewDocument.parse({ title }).title).toBeUndefined()
    }
  })

  it('refuses titles that are not text or too long', () => {
    expect(problemOf(NewDocument, { title: 42 })).toBe('The title must be text.')
    expect(problemOf(NewDocument, { title: { toString: 'x' } })).toBe('The title must be text.')
    expect(problemOf(NewDocument, { title: 'x'.repeat(201) })).toBe(
      'The title is longer than 200 characters.',
    )
    expect(NewDocument.parse({ title: ` ${'x'.repeat(200)} ` }).title).toHaveLength(200)
  })

  it('needs a real title to rename', () => {
    for (const body of [{ title: '' }, { title: null }, { title: '  ', seriesId: null }]) {
      expect(problemOf(DocumentChange, body)).toBe(
        'Give the document a title of 1 to 200 characters.',
      )
    }
    expect(DocumentChange.parse({ title: ' New ' })).toEqual({ title: 'New' })
  })

  it('changes the series, to another or to none, and needs something to change', () => {
    expect(DocumentChange.parse({ seriesId: 'abc-1' })).toEqual({ seriesId: 'abc-1' })
    expect(DocumentChange.parse({ seriesId: null })).toEqual({ seriesId: null })
    expect(problemOf(DocumentChange, {})).toBe('Send a title, a seriesId, or both.')
    for (const seriesId of ['', 'a/b', 'x'.repeat(65), 42, ['a'], { id: 'a' }]) {
      expect(problemOf(DocumentChange, { seriesId })).toMatch(/^The seriesId /)
      expect(problemOf(NewDocument, { seriesId })).toMatch(/^The seriesId /)
    }
    expect(problemOf(DocumentChange, { series: 'a' })).toBe(
      'The request body has fields this request does not take: "series".',
    )
  })

  it('takes only the workflow statuses', () => {
    expect(StatusChange.parse({ status: 'approved' })).toEqual({ status: 'approved' })
    for (const status of ['APPROVED', '', undefined, ['approved'], 3]) {
      expect(problemOf(StatusChange, { status })).toBe(
        'The status must be one of draft, circulated, approved, published.',
      )
    }
  })
})
