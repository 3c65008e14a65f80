import { describe, expect, it } from 'vitest'
import { parseOfficerLine } from './parseOfficerLine'

describe('parseOfficerLine', () => {
  it('reads several roles on one line, bold markers or not', () => {
    expect(
      parseOfficerLine('Secretary: Baroness Howarth of Breckland **Treasurer:** Earl of Listowel'),
    ).toEqual([
      {
        role: 'secretary',
        label: null,
        written: 'Secretary',
        people: [{ name: 'Baroness Howarth of Breckland' }],
      },
      {
        role: 'treasurer',
        label: null,
        written: 'Treasurer',
        people: [{ name: 'Earl of Listowel' }],
      },
    ])
  })

  it('keeps the heading as its label unless it is the usual singular for one person', () => {
    const [group] =
      parseOfficerLine('Vice-Chairmen: Jessica Lee MP, Baroness Walmsley and Bill Esterson MP') ??
      []
    expect(group).toMatchObject({ role: 'viceChair', label: 'Vice-Chairmen' })
    expect(group?.people.map((person) => person.name)).toEqual([
      'Jessica Lee MP',
      'Baroness Walmsley',
      'Bill Esterson MP',
    ])
    expect(parseOfficerLine('Vice-Chair: A Person')?.[0]?.label).toBeNull()
    expect(parseOfficerLine('Vice-Chairs: A Person, B Person')?.[0]?.label).toBe('Vice-Chairs')
    expect(parseOfficerLine('Chairman: Cllr A Smith')?.[0]).toMatchObject({
      role: 'chair',
      label: 'Chairman',
    })
  })

  it('is no officer line unless the line is roles and names throughout', () => {
    expect(parseOfficerLine('Chair: welcomed everyone to the meeting')).toBeUndefined()
    expect(parseOfficerLine('The Chair: Ann Lee')).toBeUndefined()
  })
})
