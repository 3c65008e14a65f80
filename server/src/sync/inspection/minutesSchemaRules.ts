import { CONTENT_FRAGMENT_NAME, minutesExtensions, PEOPLE_MAP_NAME } from '@minutes/schema'
import { getSchema } from '@tiptap/core'
import { createSchemaRules, type SchemaRules, type ValueChecks } from './createSchemaRules'
import type { DocumentRoots } from './describeUpdate'

/** The roots of a minutes document that clients write. */
export const minutesRoots: DocumentRoots = {
  content: CONTENT_FRAGMENT_NAME,
  register: PEOPLE_MAP_NAME,
}

const maxStringLength = 10_000

/** Values arriving through Yjs never pass the editor's parsing: each is checked here. */
const minutesValueChecks: ValueChecks = {
  checkAttribute: (_node, attribute, value) =>
    isPlainValue(value) ? undefined : `The attribute "${attribute}" has a value of the wrong kind.`,
  checkMark: (mark, value) => {
    if (mark !== 'link') return undefined
    const href = (value as { href?: unknown } | undefined)?.href
    return isSafeLink(href)
      ? undefined
      : 'Links may only point to web pages (http, https) or e-mail addresses.'
  },
  checkMapValue: (_root, _key, value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? undefined
      : 'A person of the register must be a record.',
}

/** The rules every update to a minutes document is checked against. */
export function createMinutesSchemaRules(): SchemaRules {
  return createSchemaRules(
    getSchema(minutesExtensions()),
    { [CONTENT_FRAGMENT_NAME]: 'content', [PEOPLE_MAP_NAME]: 'map' },
    minutesValueChecks,
  )
}

function isPlainValue(value: unknown): boolean {
  if (value === null || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value === 'string') return value.length <= maxStringLength
  return false
}

function isSafeLink(href: unknown): boolean {
  if (typeof href !== 'string') return false
  // Browsers ignore control characters inside a scheme ("java\tscript:"), so drop them first.
  const visible = [...href].filter((character) => character.charCodeAt(0) > 0x1f).join('')
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme.toLowerCase())
}
