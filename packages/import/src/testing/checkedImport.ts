import { minutesExtensions, type Person } from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'
import { expect } from 'vitest'
import type { ImportOptions, ImportResult } from '../ImportResult'
import { importMinutes } from '../importMinutes'
import { minutesToText } from '../minutesToText'
import { missingWords } from '../missingWords'

const schema = getSchema(minutesExtensions())

export interface CheckedImport extends ImportResult {
  /** The document's top-level blocks. */
  blocks: JSONContent[]
  /** `minutesToText` of the result. */
  text: string
  /** The person an id refers to; fails the test if there is none. */
  person: (id: unknown) => Person
  /** Every node of `type`, at any depth, in document order. */
  nodesOf: (type: string) => JSONContent[]
}

/**
 * Imports `source` and checks what every import must hold: the document fits the shared schema,
 * every word of the source is in its text rendering, and every person id resolves.
 */
export function checkedImport(source: string, options?: ImportOptions): CheckedImport {
  const result = importMinutes(source, options)
  expect(() => schema.nodeFromJSON(result.content).check()).not.toThrow()
  const text = minutesToText(result.content, result.people)
  expect(missingWords(source, text)).toEqual([])
  const people = new Map(result.people.map((person) => [person.id, person]))
  const person = (id: unknown) => {
    const found = people.get(String(id))
    expect(found, `person ${String(id)}`).toBeDefined()
    return found as Person
  }
  const nodesOf = (type: string) => {
    const found: JSONContent[] = []
    const visit = (node: JSONContent) => {
      if (node.type === type) found.push(node)
      node.content?.forEach(visit)
    }
    visit(result.content)
    return found
  }
  for (const key of ['speakerId', 'personId', 'chairId', 'ownerId', 'askerId', 'proposerId']) {
    const visit = (node: JSONContent) => {
      const id = node.attrs?.[key]
      if (id !== null && id !== undefined) person(id)
      node.content?.forEach(visit)
    }
    visit(result.content)
  }
  return { ...result, blocks: result.content.content ?? [], text, person, nodesOf }
}
