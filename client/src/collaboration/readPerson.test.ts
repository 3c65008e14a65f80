import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPerson } from './readPerson'
import { writePerson } from './writePerson'

describe('readPerson', () => {
  it('reads plain objects and nested maps alike', () => {
    const doc = new Y.Doc()
    const people = doc.getMap<unknown>('people')
    const nested = new Y.Map<unknown>()
    people.set('p2', nested)
    nested.set('name', 'Grace Hopper')

    expect(readPerson('p1', { id: 'p1', name: 'Ada', organisation: 'Treasury' })).toEqual({
      id: 'p1',
      name: 'Ada',
      organisation: 'Treasury',
    })
    expect(readPerson('p2', people.get('p2'))).toEqual({ id: 'p2', name: 'Grace Hopper' })
    expect(readPerson('p3', { name: 'Tate', title: 'Professor', organisation: ' ' })).toEqual({
      id: 'p3',
      name: 'Tate',
      title: 'Professor',
    })
    expect(readPerson('p4', { name: 'Ann Lee', role: 'Clerk' })).toEqual({
      id: 'p4',
      name: 'Ann Lee',
      role: 'Clerk',
    })
  })

  it('keeps the alias an import found, through a write and a read', () => {
    const people = new Y.Doc().getMap<unknown>('people')
    writePerson(people, { id: 'p5', name: ' Tessa Grant ', alias: ' TG ', role: 'Chair' })
    expect(readPerson('p5', people.get('p5'))).toEqual({
      id: 'p5',
      name: 'Tessa Grant',
      alias: 'TG',
      role: 'Chair',
    })
  })

  it('rejects values that are not people', () => {
    expect(readPerson('x', null)).toBeNull()
    expect(readPerson('x', 'Ada')).toBeNull()
    expect(readPerson('x', { name: 42 })).toBeNull()
  })
})
