import { describe, expect, it } from 'vitest'
import { describeAttendee, describePerson } from './Person'

describe('describePerson', () => {
  it('writes the name alone when that is all there is', () => {
    expect(describePerson({ id: 'p1', name: 'Tim Loughton MP' })).toBe('Tim Loughton MP')
  })

  it('puts the title before the name', () => {
    expect(describePerson({ id: 'p2', name: 'Sonia Jackson', title: 'Professor' })).toBe(
      'Professor Sonia Jackson',
    )
  })

  it('adds the organisation in brackets', () => {
    expect(
      describePerson({ id: 'p3', name: 'Natasha Finlayson', organisation: 'Who Cares? Trust' }),
    ).toBe('Natasha Finlayson (Who Cares? Trust)')
  })

  it('writes title, name and organisation together', () => {
    expect(
      describePerson({
        id: 'p4',
        name: 'Andy Marsh',
        title: 'Chief Constable',
        organisation: 'Avon and Somerset Police',
      }),
    ).toBe('Chief Constable Andy Marsh (Avon and Somerset Police)')
  })

  it('leaves out the role, and treats empty title and organisation as missing', () => {
    expect(describePerson({ id: 'p5', name: 'Baroness Massey of Darwen', role: 'Chair' })).toBe(
      'Baroness Massey of Darwen',
    )
    expect(describePerson({ id: 'p6', name: 'Jo Hart', title: '', organisation: '' })).toBe(
      'Jo Hart',
    )
  })
})

describe('describeAttendee', () => {
  it('writes the name alone when that is all there is', () => {
    expect(describeAttendee({ id: 'p1', name: 'Susan Price', title: 'Cllr' })).toBe(
      'Cllr Susan Price',
    )
  })

  it('puts organisation and role in one bracket, as attendance lists do', () => {
    expect(
      describeAttendee({ id: 'p2', name: 'Margaret Hale', title: 'Cllr', role: 'Chair' }),
    ).toBe('Cllr Margaret Hale (Chair)')
    expect(
      describeAttendee({
        id: 'p3',
        name: 'Carol Dunn',
        organisation: 'Ashcombe Parish Council',
        role: 'Clerk and RFO',
      }),
    ).toBe('Carol Dunn (Ashcombe Parish Council, Clerk and RFO)')
  })

  it('puts the initials or handle the minutes use first in the bracket', () => {
    expect(describeAttendee({ id: 'p4', name: 'Tessa Grant', alias: 'TG', role: 'Chair' })).toBe(
      'Tessa Grant (TG, Chair)',
    )
  })
})
