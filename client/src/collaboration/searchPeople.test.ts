import type { Person } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import { searchPeople } from './searchPeople'

const people: Person[] = [
  { id: 'p1', name: 'Baroness Massey of Darwen', role: 'Chair' },
  { id: 'p2', name: 'Tim Loughton MP', organisation: 'House of Commons' },
  { id: 'p3', name: 'Zoë Marsh', title: 'Professor', organisation: 'University of Manchester' },
  { id: 'p4', name: 'Mark Tims', organisation: 'Barnardo’s' },
  { id: 'p5', name: 'Ann Lee', role: 'Clerk', organisation: 'Massey Trust' },
]
const names = (query: string) => searchPeople(people, query).map(({ name }) => name)

describe('searchPeople', () => {
  it('lists everyone by name when nothing is typed', () => {
    expect(names('  ')).toEqual([
      'Ann Lee',
      'Baroness Massey of Darwen',
      'Mark Tims',
      'Tim Loughton MP',
      'Zoë Marsh',
    ])
  })

  it('puts names that begin with the text first, then names with a word that does', () => {
    expect(names('tim')).toEqual(['Tim Loughton MP', 'Mark Tims'])
    expect(names('ma')).toEqual(['Mark Tims', 'Baroness Massey of Darwen', 'Zoë Marsh', 'Ann Lee'])
  })

  it('finds people by title, organisation and role after matches in the name', () => {
    expect(names('massey')).toEqual(['Baroness Massey of Darwen', 'Ann Lee'])
    expect(names('professor')).toEqual(['Zoë Marsh'])
    expect(names('clerk')).toEqual(['Ann Lee'])
    expect(names('commons')).toEqual(['Tim Loughton MP'])
  })

  it('needs every word typed, in any field and any order', () => {
    expect(names('manchester zoe')).toEqual(['Zoë Marsh'])
    expect(names('tim barnardo')).toEqual(['Mark Tims'])
    expect(names('tim nobody')).toEqual([])
  })

  it('ignores case, accents and punctuation', () => {
    expect(names('ZOE')).toEqual(['Zoë Marsh'])
    expect(names('barnardos')).toEqual(['Mark Tims'])
    expect(names("o'neill zoe")).toEqual([])
  })

  it('finds text inside words last', () => {
    expect(names('ough')).toEqual(['Tim Loughton MP'])
  })
})
