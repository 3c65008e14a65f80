import { describe, expect, it } from 'vitest'
import { findAgendaItemProblems } from './findAgendaItemProblems'

describe('findAgendaItemProblems', () => {
  it('finds nothing wrong with a number, a web link and a short label, or with none', () => {
    expect(
      findAgendaItemProblems({
        number: '3.1',
        reference: 'https://example.org/issues/151',
        referenceLabel: '#151',
      }),
    ).toEqual({})
    expect(findAgendaItemProblems({ number: null, reference: null, referenceLabel: null })).toEqual(
      {},
    )
  })

  it('says in plain words what to write instead, as the schema checks it', () => {
    const problems = findAgendaItemProblems({
      number: '3.',
      reference: 'javascript:alert(1)',
      referenceLabel: 'x'.repeat(41),
    })
    expect(problems.number).toMatch(
      /^This number cannot be used\. Write a number such as 3 or 3\.1/,
    )
    expect(problems.reference).toMatch(/^This link cannot be used\./)
    expect(problems.referenceLabel).toBe(
      'The link text must be one short line, up to 40 characters.',
    )
  })
})
