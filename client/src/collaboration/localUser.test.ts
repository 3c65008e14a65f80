import { describe, expect, it } from 'vitest'
import { LOCAL_USER_KEY, pickUserColor, readLocalUser, USER_COLORS } from './localUser'

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === LOCAL_USER_KEY ? value : null),
})

describe('readLocalUser', () => {
  it('reads the remembered name and colour', () => {
    const stored = JSON.stringify({ name: 'Ada Clerk', color: '#047857' })
    expect(readLocalUser(storageWith(stored))).toEqual({ name: 'Ada Clerk', color: '#047857' })
  })

  it('asks again when nothing usable is stored', () => {
    expect(readLocalUser(storageWith(null))).toBeNull()
    expect(readLocalUser(storageWith('{not json'))).toBeNull()
    expect(readLocalUser(storageWith(JSON.stringify({ name: '   ' })))).toBeNull()
  })

  it('replaces a colour that is not a plain hex colour', () => {
    const stored = JSON.stringify({ name: 'Ada', color: 'red; background: url(x)' })
    expect(USER_COLORS).toContain(readLocalUser(storageWith(stored))?.color)
  })
})

describe('pickUserColor', () => {
  it('always picks from the palette', () => {
    expect(pickUserColor(() => 0)).toBe(USER_COLORS[0])
    expect(pickUserColor(() => 0.9999)).toBe(USER_COLORS[USER_COLORS.length - 1])
  })
})
