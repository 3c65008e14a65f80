import { describe, expect, it } from 'vitest'
import { commenterIdOf } from './commenterIdOf'

describe('commenterIdOf', () => {
  it('is stable for one person in one document, and tells neither the id nor other documents', () => {
    const id = commenterIdOf('account:ada', 'doc-1')
    expect(commenterIdOf('account:ada', 'doc-1')).toBe(id)
    expect(id).not.toContain('ada')
    expect(commenterIdOf('account:ada', 'doc-2')).not.toBe(id)
    expect(commenterIdOf('account:bo', 'doc-1')).not.toBe(id)
    expect(id).toMatch(/^[\w-]{22}$/)
  })
})
