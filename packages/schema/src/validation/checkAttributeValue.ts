import { quoteValue } from './AttributeCheck'
import { nodeAttributeChecks } from './attributeChecks'

/**
 * Why `value` may not be the attribute `attribute` of a `nodeName` block, or undefined when it
 * may. Takes values as the editor writes them into Yjs: numbers as numbers, lists as arrays,
 * null for "not set".
 */
export function checkAttributeValue(
  nodeName: string,
  attribute: string,
  value: unknown,
): string | undefined {
  const checks = nodeAttributeChecks.get(nodeName)
  if (!checks) return `${quoteValue(nodeName)} is not a known block.`
  const check = Object.hasOwn(checks, attribute) ? checks[attribute] : undefined
  if (!check) return `${quoteValue(nodeName)} has no attribute ${quoteValue(attribute)}.`
  return check(value)
}
