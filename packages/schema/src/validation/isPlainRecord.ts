/**
 * A plain object as JSON or Yjs decode it. A decoded `__proto__` key replaces the prototype
 * instead of becoming a key, so anything but a plain prototype is refused.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
