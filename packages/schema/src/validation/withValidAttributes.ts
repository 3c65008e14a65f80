import type { JSONContent } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import type { AttributeChecks } from './AttributeCheck'
import { markAttributeChecks, nodeAttributeChecks } from './attributeChecks'

type Attributes = Record<string, unknown>

/**
 * A copy of `content` in which every attribute the checks refuse takes its default from
 * `schema`, attributes the schema does not know are left out, and links to unsafe targets are
 * unlinked: JSON that is loaded passes the same checks as HTML that is pasted. Nodes and marks
 * the schema does not know are kept for `nodeFromJSON` to refuse.
 */
export function withValidAttributes(content: JSONContent, schema: Schema): JSONContent {
  const copy: JSONContent = { ...content }
  const checks = content.type === undefined ? undefined : nodeAttributeChecks.get(content.type)
  const type = content.type === undefined ? undefined : schema.nodes[content.type]
  if (checks && type && content.attrs)
    copy.attrs = validAttributes(content.attrs, checks, type.spec.attrs)
  if (content.marks) {
    copy.marks = content.marks.flatMap((mark) => {
      const markChecks = markAttributeChecks.get(mark.type)
      const markType = schema.marks[mark.type]
      if (!markChecks || !markType) return [mark]
      const attrs = mark.attrs ?? {}
      // A link without a safe target is no link: the text stays, unlinked.
      if (mark.type === 'link' && markChecks.href?.(attrs.href)) return []
      return mark.attrs
        ? [{ ...mark, attrs: validAttributes(attrs, markChecks, markType.spec.attrs) }]
        : [mark]
    })
    if (copy.marks.length === 0) delete copy.marks
  }
  if (content.content)
    copy.content = content.content.map((child) => withValidAttributes(child, schema))
  return copy
}

function validAttributes(
  given: Attributes,
  checks: AttributeChecks,
  specs: Readonly<Record<string, { default?: unknown }>> | undefined,
): Attributes {
  const valid: Attributes = {}
  for (const [name, check] of Object.entries(checks)) {
    if (!Object.hasOwn(given, name) || given[name] === undefined) continue
    const value = given[name]
    valid[name] = check(value) === undefined ? value : (specs?.[name]?.default ?? null)
  }
  return valid
}
