import { describe, expect, it } from 'vitest'
import { PeopleRegister } from './PeopleRegister'
import { parsePersonMention } from './parsePersonMention'

const add = (register: PeopleRegister, text: string) => register.add(parsePersonMention(text))

describe('PeopleRegister', () => {
  it('finds a peer by the short form of the title', () => {
    const register = new PeopleRegister()
    const massey = add(register, 'Baroness Massey of Darwen')
    expect(add(register, 'Baroness Massey')).toBe(massey)
    expect(register.list()).toEqual([
      { id: 'baroness-massey-of-darwen', name: 'Baroness Massey of Darwen' },
    ])
  })

  it('completes a person with the fuller name, title and organisation given later', () => {
    const register = new PeopleRegister()
    const massey = add(register, 'Baroness Massey')
    add(register, 'Baroness Massey of Darwen')
    const bailey = add(register, 'Simon Bailey')
    add(register, 'Chief Constable Simon Bailey (Norfolk Police and ACPO)')
    expect(register.list()).toEqual([
      { id: massey.id, name: 'Baroness Massey of Darwen' },
      {
        id: bailey.id,
        name: 'Simon Bailey',
        title: 'Chief Constable',
        organisation: 'Norfolk Police and ACPO',
      },
    ])
  })

  it('matches names with and without post-nominals', () => {
    const register = new PeopleRegister()
    const champion = add(register, 'Sarah Champion MP')
    expect(register.find(parsePersonMention('Sarah Champion'))).toBe(champion)
  })

  it('finds someone by first name or surname only when no one shares it', () => {
    const register = new PeopleRegister()
    const maule = add(register, 'Lucy Maule')
    add(register, 'Lucy Dawes')
    const pearce = add(register, 'Professor Jenny Pearce')
    expect(register.find({ name: 'Lucy' })).toBeUndefined()
    expect(register.find({ name: 'Maule' })).toBe(maule)
    expect(register.find({ name: 'Jenny' })).toBe(pearce)
    expect(register.find({ name: 'Pearce', title: 'Professor' })).toBe(pearce)
  })

  it('keeps two people apart where organisations disagree, so neither is lost', () => {
    const register = new PeopleRegister()
    const first = add(register, 'Ann Lee (NSPCC)')
    const second = add(register, 'Ann Lee (Barnardo’s)')
    expect(second).not.toBe(first)
    expect(second.id).toBe('ann-lee-2')
  })

  it('keeps a second role beside the first', () => {
    const register = new PeopleRegister()
    register.add({ name: 'Heather Ransom', role: 'Clerk' })
    const clerk = register.add({ name: 'Heather Ransom', role: 'Minute-taker' })
    expect(clerk.role).toBe('Clerk, Minute-taker')
    expect(register.add({ name: 'Heather Ransom', role: 'Clerk' }).role).toBe('Clerk, Minute-taker')
  })

  it('finds the holder of a role', () => {
    const register = new PeopleRegister()
    const dunn = add(register, 'Mrs Carol Dunn (Clerk and RFO)')
    expect(register.findByRole('the Clerk')).toBe(dunn)
    expect(register.findByRole('Chair')).toBeUndefined()
  })

  it('tells a paragraph that opens with a known full name, and with a person’s first name', () => {
    const register = new PeopleRegister()
    const massey = add(register, 'Baroness Massey of Darwen')
    const pearce = add(register, 'Professor Jenny Pearce')
    expect(register.startingName('Baroness Massey thanked all speakers.')).toEqual({
      person: massey,
      rest: 'thanked all speakers.',
    })
    expect(register.startingName('Baroness Massey: took questions')).toBeUndefined()
    expect(register.startsWithNameOf('Jenny highlighted four projects', pearce)).toBe(true)
    expect(register.startsWithNameOf('Jennyfer said', pearce)).toBe(false)
  })
})
