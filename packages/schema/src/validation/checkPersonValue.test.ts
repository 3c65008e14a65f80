import { describe, expect, it } from 'vitest'
import { checkPersonValue } from './checkPersonValue'

describe('checkPersonValue', () => {
  it('allows a person as the register keeps one', () => {
    expect(checkPersonValue({ id: 'p-0a1b2c3d4e5f', name: 'Carol Dunn' })).toBeUndefined()
    expect(
      checkPersonValue({
        id: 'jenny-pearce',
        name: 'Jenny Pearce',
        title: 'Professor',
        organisation: 'University of Bradford',
        role: 'Witness',
        alias: 'JP',
      }),
    ).toBeUndefined()
  })

  it.each([
    ['no id', { name: 'Carol Dunn' }],
    ['no name', { id: 'p-1' }],
    ['an id with markup', { id: '"><script>', name: 'Carol Dunn' }],
    ['a name that is not text', { id: 'p-1', name: 7 }],
    ['an overlong name', { id: 'p-1', name: 'x'.repeat(301) }],
    ['a null title', { id: 'p-1', name: 'Carol Dunn', title: null }],
    ['an overlong alias', { id: 'p-1', name: 'Carol Dunn', alias: 'x'.repeat(41) }],
    ['an unknown field', { id: 'p-1', name: 'Carol Dunn', isAdmin: true }],
    ['a list', ['p-1', 'Carol Dunn']],
    ['text', 'Carol Dunn'],
    ['null', null],
  ])('refuses %s', (_case, value) => {
    expect(checkPersonValue(value)).toEqual(expect.any(String))
  })

  it('refuses prototype keys, as JSON and as Yjs decode them', () => {
    expect(checkPersonValue(JSON.parse('{"id":"p-1","name":"A","__proto__":{"x":1}}'))).toBe(
      'A person has no field "__proto__".',
    )
    expect(checkPersonValue({ id: 'p-1', name: 'A', constructor: 'x' })).toEqual(expect.any(String))
    // Decoding assigns keys one by one, so a "__proto__" key swaps the prototype instead.
    const swapped: Record<string, unknown> = { id: 'p-1', name: 'A' }
    Object.setPrototypeOf(swapped, { polluted: true })
    expect(checkPersonValue(swapped)).toEqual(expect.any(String))
  })
})
