import { describe, expect, it } from 'vitest'
import { splitPeopleList } from './splitPeopleList'

const summary = (text: string) =>
  splitPeopleList(text).map(({ mention, isName }) =>
    isName ? [mention.name, mention.organisation ?? null] : ['(not a name)', mention.name],
  )

describe('splitPeopleList', () => {
  it('gives "A and B (Org)" the organisation for both', () => {
    expect(
      summary('Marion Sandwell and Lucy Dawes (YJB), Phillippa Goffe (Ministry of Justice)'),
    ).toEqual([
      ['Marion Sandwell', 'YJB'],
      ['Lucy Dawes', 'YJB'],
      ['Phillippa Goffe', 'Ministry of Justice'],
    ])
  })

  it('gives "A, B and C (Org)" the organisation for the whole run', () => {
    expect(
      summary(
        'Emma Mansfield (The Children’s Society), Grace Brownfield, Peter Richards and Natasha Jetha (NSPCC)',
      ),
    ).toEqual([
      ['Emma Mansfield', 'The Children’s Society'],
      ['Grace Brownfield', 'NSPCC'],
      ['Peter Richards', 'NSPCC'],
      ['Natasha Jetha', 'NSPCC'],
    ])
  })

  it('leaves entries joined by commas alone', () => {
    expect(summary('Baroness Blood, Mark Garnier MP, Wendy Scott (TACTYC)')).toEqual([
      ['Baroness Blood', null],
      ['Mark Garnier MP', null],
      ['Wendy Scott', 'TACTYC'],
    ])
  })

  it('does not split on "and" inside brackets, and reads a serial comma', () => {
    expect(summary('Simon Bailey (Norfolk Police and ACPO), Ann Lee, and Bob Stone')).toEqual([
      ['Simon Bailey', 'Norfolk Police and ACPO'],
      ['Ann Lee', null],
      ['Bob Stone', null],
    ])
  })

  it('marks entries that name no one', () => {
    expect(summary('Mrs Carol Dunn (Clerk), 4 members of the public')).toEqual([
      ['Carol Dunn', null],
      ['(not a name)', '4 members of the public'],
    ])
  })
})
