import { describe, expect, it } from 'vitest'
import { parsePersonMention } from './parsePersonMention'

describe('parsePersonMention', () => {
  it('separates a title that is not part of the name, and the organisation', () => {
    expect(parsePersonMention('Chief Constable Simon Bailey (Norfolk Police and ACPO)')).toEqual({
      title: 'Chief Constable',
      name: 'Simon Bailey',
      organisation: 'Norfolk Police and ACPO',
    })
    expect(parsePersonMention('Professor Jenny Pearce')).toEqual({
      title: 'Professor',
      name: 'Jenny Pearce',
    })
  })

  it('keeps peerages and post-nominals in the name', () => {
    expect(parsePersonMention('Baroness Massey of Darwen')).toEqual({
      name: 'Baroness Massey of Darwen',
    })
    expect(parsePersonMention('Sarah Champion MP')).toEqual({ name: 'Sarah Champion MP' })
  })

  it('reads a role in brackets as a role, beside any organisation', () => {
    expect(parsePersonMention('Cllr Margaret Hale (Chair)')).toEqual({
      title: 'Cllr',
      name: 'Margaret Hale',
      role: 'Chair',
    })
    expect(parsePersonMention('Helen Marsh (Chair, Riverside Trust)')).toEqual({
      name: 'Helen Marsh',
      role: 'Chair',
      organisation: 'Riverside Trust',
    })
    expect(parsePersonMention('Mrs Carol Dunn (Clerk and RFO)')).toMatchObject({
      role: 'Clerk and RFO',
    })
  })

  it('does not take the start of a first name for a title', () => {
    expect(parsePersonMention('Drew Mrsic')).toEqual({ name: 'Drew Mrsic' })
    expect(parsePersonMention('Dr. Femi Adeyemi')).toEqual({ title: 'Dr.', name: 'Femi Adeyemi' })
  })

  it('reads initials that are the name’s, and handles, as aliases; other capitals stay organisations', () => {
    expect(parsePersonMention('Mrs Tessa Grant (TG) (Chair)')).toEqual({
      title: 'Mrs',
      name: 'Tessa Grant',
      alias: 'TG',
      role: 'Chair',
    })
    expect(parsePersonMention('Jordan Reyes (@jreyes)')).toEqual({
      name: 'Jordan Reyes',
      alias: '@jreyes',
    })
    expect(parsePersonMention('Lucy Dawes (YJB)')).toEqual({
      name: 'Lucy Dawes',
      organisation: 'YJB',
    })
  })
})
