import type { Attribute } from '@tiptap/core'

/**
 * A text attribute kept in the DOM as `data-<dataName>`, so that copy and paste within and
 * between documents carries it. Person references are such attributes holding a person id.
 */
export function dataAttribute(
  key: string,
  dataName: string,
  fallback: string | null = null,
): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(`data-${dataName}`) ?? fallback,
    renderHTML: (attributes) => {
      const value: unknown = attributes[key]
      return value === null || value === undefined ? {} : { [`data-${dataName}`]: String(value) }
    },
  }
}

/** An attribute limited to `values`; anything else read from HTML falls back to the first. */
export function choiceAttribute<Value extends string>(
  key: string,
  dataName: string,
  values: readonly Value[],
): Attribute {
  const fallback = values[0] ?? null
  return {
    ...dataAttribute(key, dataName, fallback),
    parseHTML: (element) => {
      const value = element.getAttribute(`data-${dataName}`)
      return values.includes(value as Value) ? value : fallback
    },
  }
}
