import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { minutesExtensions } from '../minutesExtensions'
import { markAttributeChecks, nodeAttributeChecks } from './attributeChecks'

const schema = getSchema(minutesExtensions())

describe('the attribute checks', () => {
  it('check every attribute of every node in the schema, and no other', () => {
    const inSchema = Object.values(schema.nodes).map((type) => [
      type.name,
      Object.keys(type.spec.attrs ?? {}).sort(),
    ])
    const checked = [...nodeAttributeChecks].map(([name, checks]) => [
      name,
      Object.keys(checks).sort(),
    ])
    expect(Object.fromEntries(checked)).toEqual(Object.fromEntries(inSchema))
  })

  it('check every attribute of every mark in the schema, and no other', () => {
    const inSchema = Object.values(schema.marks).map((type) => [
      type.name,
      Object.keys(type.spec.attrs ?? {}).sort(),
    ])
    const checked = [...markAttributeChecks].map(([name, checks]) => [
      name,
      Object.keys(checks).sort(),
    ])
    expect(Object.fromEntries(checked)).toEqual(Object.fromEntries(inSchema))
  })

  it('allow every default, so a block nobody has set up is never refused', () => {
    for (const type of Object.values(schema.nodes)) {
      for (const [name, spec] of Object.entries(type.spec.attrs ?? {})) {
        const check = nodeAttributeChecks.get(type.name)?.[name]
        expect(check?.(spec.default), `${type.name}.${name}`).toBeUndefined()
      }
    }
  })
})
