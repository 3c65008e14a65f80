import type { Person } from '@minutes/schema'
import { describe, expect, it } from 'vitest'
import { mergePastedPeople } from './mergePastedPeople'

const registerOf = (...people: Person[]) => new Map(people.map((person) => [person.id, person]))
const ids = (...values: string[]) => {
  const queue = [...values]
  return () => queue.shift() ?? 'p-exhausted'
}

describe('mergePastedPeople', () => {
  it('adds people missing here under their own id', () => {
    const ada = { id: 'p-ada', name: 'Ada Lovelace', organisation: 'Treasury' }
    expect(mergePastedPeople(registerOf(), [ada], ids())).toEqual({
      additions: [ada],
      remap: new Map(),
    })
  })

  it('keeps people who are already here, by id or by name', () => {
    const here = { id: 'p-1', name: 'Ada Lovelace', organisation: 'Treasury' }
    const sameId = { id: 'p-1', name: 'Ada  lovelace' }
    const sameName = { id: 'p-9', name: 'Ada Lovelace', organisation: 'Treasury' }
    expect(mergePastedPeople(registerOf(here), [sameId, sameName], ids())).toEqual({
      additions: [],
      remap: new Map([['p-9', 'p-1']]),
    })
  })

  it('gives a new id to someone whose id is taken here by another person', () => {
    const here = { id: 'p-1', name: 'Grace Hopper' }
    const pasted = { id: 'p-1', name: 'Ada Lovelace' }
    expect(mergePastedPeople(registerOf(here), [pasted], ids('p-1', 'p-new'))).toEqual({
      additions: [{ id: 'p-new', name: 'Ada Lovelace' }],
      remap: new Map([['p-1', 'p-new']]),
    })
  })

  it('tells apart namesakes from different organisations', () => {
    const here = { id: 'p-1', name: 'John Smith', organisation: 'Barnardo’s' }
    const pasted = { id: 'p-2', name: 'John Smith', organisation: 'NSPCC' }
    expect(mergePastedPeople(registerOf(here), [pasted], ids())).toEqual({
      additions: [pasted],
      remap: new Map(),
    })
  })

  it('replaces ids the register cannot hold', () => {
    const pasted = { id: '__proto__', name: 'Mallory' }
    expect(mergePastedPeople(registerOf(), [pasted], ids('p-safe'))).toEqual({
      additions: [{ id: 'p-safe', name: 'Mallory' }],
      remap: new Map([['__proto__', 'p-safe']]),
    })
  })

  it('adds a person pasted twice only once', () => {
    const ada = { id: 'p-ada', name: 'Ada Lovelace' }
    const again = { id: 'p-other', name: 'Ada Lovelace' }
    expect(mergePastedPeople(registerOf(), [ada, again], ids())).toEqual({
      additions: [ada],
      remap: new Map([['p-other', 'p-ada']]),
    })
  })
})
