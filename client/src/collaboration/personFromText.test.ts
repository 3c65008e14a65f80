import { describe, expect, it } from 'vitest'
import { personFromText } from './personFromText'

describe('personFromText', () => {
  it('takes the typed text as the name', () => {
    expect(personFromText('p-1', '  Ada   Lovelace ')).toEqual({ id: 'p-1', name: 'Ada Lovelace' })
  })

  it('reads an organisation in brackets at the end, as minutes write it', () => {
    expect(personFromText('p-1', 'Ada Lovelace (HM Treasury)')).toEqual({
      id: 'p-1',
      name: 'Ada Lovelace',
      organisation: 'HM Treasury',
    })
  })

  it('gives nothing for blank text', () => {
    expect(personFromText('p-1', '   ')).toBeNull()
  })
})
