import { minutesExtensions } from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { personReferences } from './personReferences'

describe('personReferences', () => {
  it('lists every attribute of the schema that refers to a person (…Id), and nothing else', () => {
    const schema = getSchema(minutesExtensions())
    const found: Record<string, string[]> = {}
    for (const [name, type] of Object.entries(schema.nodes)) {
      const ids = Object.keys(type.spec.attrs ?? {}).filter((attribute) => /Id$/.test(attribute))
      if (ids.length > 0) found[name] = ids
    }
    expect(found).toEqual(personReferences)
  })
})
