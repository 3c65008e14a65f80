import type { RegisterRecommendation } from '@minutes/protocol'
import { describe, expect, it } from 'vitest'
import { addresseesIn, arrangeRegister, wholeRegister } from './arrangeRegister'

const row = (
  number: string,
  fields: Partial<RegisterRecommendation> = {},
): RegisterRecommendation => ({
  documentId: 'first',
  meetingTitle: 'First session',
  meetingDate: '2025-01-20',
  number,
  blockId: `1-${number}`,
  text: `Recommendation ${number}`,
  status: null,
  proposerId: null,
  proposer: null,
  addressee: null,
  themes: [],
  mergedInto: null,
  ...fields,
})

const register = [
  row('R1', { status: 'agreed', addressee: 'Treasury', themes: ['funding'], text: 'Fund play.' }),
  row('R2', { status: 'proposed', proposer: 'Ann Lee', themes: ['funding', 'safety'] }),
  row('R1', {
    documentId: 'second',
    meetingTitle: 'Second session',
    meetingDate: null,
    addressee: 'Councils',
    status: 'agreed',
  }),
]

const numbers = (view: Partial<typeof wholeRegister>) =>
  arrangeRegister(register, { ...wholeRegister, ...view }).map(({ label, rows }) => [
    label,
    rows.map(({ documentId, number }) => `${documentId} ${number}`),
  ])

describe('arrangeRegister', () => {
  it('keeps the register order, and filters by words, status and addressee', () => {
    expect(numbers({})).toEqual([['', ['first R1', 'first R2', 'second R1']]])
    expect(numbers({ words: 'FUND  play' })).toEqual([['', ['first R1']]])
    expect(numbers({ words: 'ann' })).toEqual([['', ['first R2']]])
    expect(numbers({ status: 'agreed', addressee: 'Councils' })).toEqual([['', ['second R1']]])
    expect(numbers({ words: 'nothing of the sort' })).toEqual([])
    const withDuplicate = [
      ...register,
      row('R3', { mergedInto: { documentId: 'first', blockId: '1-R1' } }),
    ]
    expect(
      arrangeRegister(withDuplicate, { ...wholeRegister, hideDuplicates: true })[0]?.rows,
    ).toHaveLength(3)
  })

  it('sorts by status, addressee or proposer, the missing last, ties in register order', () => {
    expect(numbers({ sort: 'status' })).toEqual([['', ['first R1', 'second R1', 'first R2']]])
    expect(numbers({ sort: 'addressee' })).toEqual([['', ['second R1', 'first R1', 'first R2']]])
    expect(numbers({ sort: 'proposer' })).toEqual([['', ['first R2', 'first R1', 'second R1']]])
  })

  it('groups by addressee or theme alphabetically (none last), by meeting in order', () => {
    expect(numbers({ group: 'addressee' })).toEqual([
      ['Councils', ['second R1']],
      ['Treasury', ['first R1']],
      ['No addressee', ['first R2']],
    ])
    expect(numbers({ group: 'theme' })).toEqual([
      ['funding', ['first R1', 'first R2']],
      ['safety', ['first R2']],
      ['No theme', ['second R1']],
    ])
    expect(numbers({ group: 'meeting' })).toEqual([
      ['First session (2025-01-20)', ['first R1', 'first R2']],
      ['Second session', ['second R1']],
    ])
  })

  it('lists the addressees named, once each', () => {
    expect(addresseesIn([...register, row('R3', { addressee: 'Treasury' })])).toEqual([
      'Councils',
      'Treasury',
    ])
  })
})
