import * as Y from 'yjs'
import type { SchemaRules } from './createSchemaRules'
import type { Insertion } from './inspectUpdate'

/** Keys that would reach an object's prototype when a client's map or attributes are read. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Why the update's new content does not fit the minutes schema, or undefined when it does.
 * Checked before anything is applied: y-prosemirror would otherwise silently delete what
 * does not fit on every client that receives it.
 */
export function checkFitsSchema(insertions: Insertion[], rules: SchemaRules): string | undefined {
  for (const { item, placement } of insertions) {
    const { content } = item
    if (content instanceof Y.ContentDeleted) continue
    if (placement.kind === 'discarded') continue
    if (placement.kind === 'missing') return 'The change depends on edits the server does not have.'
    if (placement.key !== null && forbiddenKeys.has(placement.key)) {
      return `The key "${placement.key}" is not allowed.`
    }

    if (placement.kind === 'root') {
      const role = rules.roots.get(placement.name)
      if (!role) return `"${placement.name}" is not part of a minutes document.`
      if (role === 'map') {
        if (placement.key === null || !(content instanceof Y.ContentAny)) {
          return `"${placement.name}" holds only named values.`
        }
        continue
      }
      const problem = checkChild('doc', placement.key, content, rules)
      if (problem) return problem
      continue
    }

    const parent = placement.type
    if (parent instanceof Y.XmlElement) {
      const problem = checkChild(parent.nodeName, placement.key, content, rules)
      if (problem) return problem
    } else if (parent instanceof Y.XmlText) {
      if (placement.key !== null) return 'Text takes no attributes.'
      if (content instanceof Y.ContentString) continue
      if (content instanceof Y.ContentFormat) {
        // y-prosemirror keys marks that may overlap as "name--hash".
        const markName = content.key.split('--')[0] ?? ''
        if (!rules.marks.has(markName)) return `"${content.key}" is not a known formatting.`
        if (markName === 'link' && !isSafeLink(content.value)) {
          return 'Links may only point to web pages (http, https) or e-mail addresses.'
        }
        continue
      }
      return 'Text holds only characters and formatting.'
    } else {
      return 'The change writes to a part of the document that takes no edits.'
    }
  }
  return undefined
}

function checkChild(
  parentName: string,
  key: string | null,
  content: Y.Item['content'],
  rules: SchemaRules,
): string | undefined {
  const parent = rules.nodes.get(parentName)
  if (!parent) return `"${parentName}" is not a known block.`
  if (key !== null) {
    if (!parent.attributes.has(key)) return `"${parentName}" has no attribute "${key}".`
    return content instanceof Y.ContentAny ? undefined : `The attribute "${key}" must be a value.`
  }
  if (!(content instanceof Y.ContentType)) return `"${parentName}" holds only blocks and text.`
  const child = content.type
  if (child instanceof Y.XmlElement) {
    if (!rules.nodes.has(child.nodeName)) return `"${child.nodeName}" is not a known block.`
    if (!parent.children.has(child.nodeName)) {
      return `"${child.nodeName}" cannot be placed inside "${parentName}".`
    }
    return undefined
  }
  if (child instanceof Y.XmlText) {
    return parent.acceptsText ? undefined : `"${parentName}" cannot hold text directly.`
  }
  return `"${parentName}" holds only blocks and text.`
}

/** Content arriving through Yjs never passes the editor's own link checks: check it here. */
function isSafeLink(value: unknown): boolean {
  if (value === null) return true
  const href = (value as { href?: unknown } | undefined)?.href
  if (typeof href !== 'string') return false
  // Relative links and fragments carry no scheme; anything with one must be a safe one.
  // Browsers ignore control characters inside a scheme ("java\tscript:"), so drop them first.
  const visible = [...href].filter((character) => character.charCodeAt(0) > 0x1f).join('')
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme.toLowerCase())
}
