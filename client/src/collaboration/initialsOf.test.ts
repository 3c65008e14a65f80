import { describe, expect, it } from 'vitest'
import { initialsOf } from './initialsOf'

describe('initialsOf', () => {
  it('takes the first and last word', () => {
    expect(initialsOf('Ada King Lovelace')).toBe('AL')
    expect(initialsOf('  grace   hopper ')).toBe('GH')
  })

  it('copes with one word or none', () => {
    expect(initialsOf('Ada')).toBe('A')
    expect(initialsOf('')).toBe('?')
  })
})
