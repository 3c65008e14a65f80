import type { Attribute } from '@tiptap/core'
import { type AttributeCheck, oneOf } from '../validation/AttributeCheck'

/**
 * An attribute kept in the DOM as `data-<dataName>`, so that copy and paste within and between
 * documents carries it. What `check` refuses reads back as `fallback`: pasted HTML passes the
 * same check as everything else that enters a document.
 */
export function dataAttribute(
  key: string,
  dataName: string,
  check: AttributeCheck,
  fallback: string | null = null,
): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => {
      const value = element.getAttribute(`data-${dataName}`)
      return value !== null && check(value) === undefined ? value : fallback
    },
    renderHTML: (attributes) => {
      const value: unknown = attributes[key]
      return value === null || value === undefined ? {} : { [`data-${dataName}`]: String(value) }
    },
  }
}

/** An attribute limited to `values`; the first is its default. */
export function choiceAttribute(
  key: string,
  dataName: string,
  values: readonly string[],
): Attribute {
  return dataAttribute(key, dataName, oneOf(values), values[0] ?? null)
}
