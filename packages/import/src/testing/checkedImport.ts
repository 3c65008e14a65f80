import {
  checkAttributeValue,
  checkMarkValue,
  checkPersonValue,
  minutesExtensions,
  type Person,
} from '@minutes/schema'
import { getSchema, type JSONContent } from '@tiptap/core'
import mammoth from 'mammoth'
import { expect } from 'vitest'
import { importDocx } from '../docx/importDocx'
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
 * Imports `source` and checks what every import must hold: the document fits the shared schema
 * and every attribute and person passes the checks the server applies, every word of the source is in its text rendering, and every person id resolves.
 */
export function checkedImport(source: string, options?: ImportOptions): CheckedImport {
  return checked(importMinutes(source, options), source)
}

/**
 * `checkedImport` for a Word document: every word of its text as mammoth reads it (body,
 * tables and footnotes) must be in the import's text rendering.
 */
export async function checkedDocxImport(bytes: Uint8Array): Promise<CheckedImport> {
  const buffer = Buffer.from(bytes)
  const { value: text } = await mammoth.extractRawText({ buffer })
  const { value: html } = await mammoth.convertToHtml({ buffer })
  const footnotes = [...html.matchAll(/<li id="(?:foot|end)note-\d+">(.*?)<\/li>/gs)]
    .map(([, note]) => (note ?? '').replace(/<[^>]+>|↑|&[a-z0-9#]+;/g, ' '))
    .join('\n')
  return checked(await importDocx(bytes), `${text}\n${footnotes}`)
}

function checked(result: ImportResult, source: string): CheckedImport {
  expect(() => schema.nodeFromJSON(result.content).check()).not.toThrow()
  expect(refusedValues(result)).toEqual([])
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

/** What the server would refuse in an import, as "where: why". */
function refusedValues({ content, people }: ImportResult): string[] {
  const refused: string[] = []
  const visit = (node: JSONContent) => {
    for (const [name, value] of Object.entries(node.attrs ?? {})) {
      const problem = checkAttributeValue(node.type ?? '', name, value)
      if (problem) refused.push(`${node.type}.${name}: ${problem}`)
    }
    for (const mark of node.marks ?? []) {
      const problem = checkMarkValue(mark.type, mark.attrs ?? {})
      if (problem) refused.push(`${mark.type}: ${problem}`)
    }
    node.content?.forEach(visit)
  }
  visit(content)
  for (const person of people) {
    const problem = checkPersonValue(person)
    if (problem) refused.push(`person ${person.id}: ${problem}`)
  }
  return refused
}
