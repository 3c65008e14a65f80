import * as Y from 'yjs'
import type { SchemaRules } from './createSchemaRules'
import type { Insertion, Placement } from './inspectUpdate'

/** Keys that would reach an object's prototype when a client's map or attributes are read. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Why the update's new content does not fit the minutes schema, or undefined when it does.
 * Checked before anything is applied: y-prosemirror would otherwise silently delete what
 * does not fit on every client that receives it.
 */
export function checkFitsSchema(insertions: Insertion[], rules: SchemaRules): string | undefined {
  for (const { item, placement } of insertions) {
    const problem = checkInsertion(item.content, placement, rules)
    if (problem) return problem
  }
  return undefined
}

/**
 * Deleted content is judged like any other: written over an attribute or a map key it removes
 * the value, so it must land where a value of that name may be.
 */
function checkInsertion(
  content: Y.Item['content'],
  placement: Placement,
  rules: SchemaRules,
): string | undefined {
  if (placement.kind === 'discarded') return undefined
  if (placement.kind === 'missing') return 'The change depends on edits the server does not have.'
  if (placement.key !== null && forbiddenKeys.has(placement.key)) {
    return `The key "${quote(placement.key)}" is not allowed.`
  }
  const isDeleted = content instanceof Y.ContentDeleted

  if (placement.kind === 'root') {
    const role = rules.roots.get(placement.name)
    if (!role) return `"${quote(placement.name)}" is not part of a minutes document.`
    if (role === 'map') {
      if (placement.key === null) return `"${quote(placement.name)}" holds only named values.`
      if (isDeleted) return undefined
      const value = singleValue(content)
      if (value === undefined) return `"${quote(placement.name)}" holds only named values.`
      return rules.checkMapValue(placement.name, placement.key, value.value)
    }
    return checkChild('doc', placement.key, content, rules)
  }

  const parent = placement.type
  if (parent instanceof Y.XmlElement)
    return checkChild(parent.nodeName, placement.key, content, rules)
  if (parent instanceof Y.XmlText) {
    if (placement.key !== null) return 'Text takes no attributes.'
    if (isDeleted || content instanceof Y.ContentString) return undefined
    if (content instanceof Y.ContentFormat) {
      // y-prosemirror keys marks that may overlap as "name--hash".
      const markName = content.key.split('--')[0] ?? ''
      if (!rules.marks.has(markName)) return `"${quote(content.key)}" is not a known formatting.`
      // null ends a formatting run.
      return content.value === null ? undefined : rules.checkMark(markName, content.value)
    }
    return 'Text holds only characters and formatting.'
  }
  return 'The change writes to a part of the document that takes no edits.'
}

function checkChild(
  parentName: string,
  key: string | null,
  content: Y.Item['content'],
  rules: SchemaRules,
): string | undefined {
  const parent = rules.nodes.get(parentName)
  if (!parent) return `"${quote(parentName)}" is not a known block.`
  if (key !== null) {
    if (!parent.attributes.has(key)) return `"${parentName}" has no attribute "${quote(key)}".`
    if (content instanceof Y.ContentDeleted) return undefined
    const value = singleValue(content)
    if (value === undefined) return `The attribute "${key}" must be one value.`
    return rules.checkAttribute(parentName, key, value.value)
  }
  // Deleted content in a block's children is never shown.
  if (content instanceof Y.ContentDeleted) return undefined
  if (!(content instanceof Y.ContentType)) return `"${parentName}" holds only blocks and text.`
  const child = content.type
  if (child instanceof Y.XmlElement) {
    if (!rules.nodes.has(child.nodeName)) return `"${quote(child.nodeName)}" is not a known block.`
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

/** The one value an attribute or map entry holds, or undefined when the content is not that. */
function singleValue(content: Y.Item['content']): { value: unknown } | undefined {
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) return undefined
  return { value: content.arr[0] }
}

/** A name the sender chose, cut short enough to quote in a reason. */
function quote(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name
}
