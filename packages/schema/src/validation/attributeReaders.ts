import type { AttributeCheck } from './AttributeCheck'

/** A ProseMirror node (attributes typed `any`) or its JSON (attributes perhaps left out). */
export interface WithAttributes {
  readonly attrs?: Readonly<Record<string, unknown>> | undefined
}

// Typed reads of attribute values. A value its check refuses reads as the default, as
// `withValidAttributes` would have made it, so no reader trusts a value it has not checked.

/** An optional text attribute: the text, or null. */
export function readOptionalText(value: unknown, check: AttributeCheck): string | null {
  return typeof value === 'string' && check(value) === undefined ? value : null
}

/** An attribute limited to `values`; the first is its default. */
export function readChoice<Value extends string | number>(
  values: readonly [Value, ...Value[]],
  value: unknown,
): Value {
  return values.find((each) => each === value) ?? values[0]
}

/** A whole-number attribute. */
export function readInteger(value: unknown, check: AttributeCheck, fallback: number): number {
  return typeof value === 'number' && check(value) === undefined ? value : fallback
}
