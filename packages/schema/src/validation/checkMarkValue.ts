import { quoteValue } from './AttributeCheck'
import { markAttributeChecks } from './attributeChecks'
import { isPlainRecord } from './isPlainRecord'

/**
 * Why `value` may not be the attributes of the formatting `markName`, or undefined when it may:
 * y-prosemirror writes a mark into Yjs as its whole attribute object (`{}` for bold). Attributes
 * left out take their defaults.
 */
export function checkMarkValue(markName: string, value: unknown): string | undefined {
  const checks = markAttributeChecks.get(markName)
  if (!checks) return `${quoteValue(markName)} is not a known formatting.`
  if (!isPlainRecord(value))
    return `The formatting ${quoteValue(markName)} must be a set of values.`
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const check = Object.hasOwn(checks, attribute) ? checks[attribute] : undefined
    if (!check) return `${quoteValue(markName)} has no attribute ${quoteValue(attribute)}.`
    const problem = check(attributeValue)
    if (problem) return problem
  }
  return undefined
}
