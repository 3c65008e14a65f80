import { describeProblem } from '@minutes/protocol'
import type { z } from 'zod'
import { InvalidInputError } from './InvalidInputError'

/** `value` as `schema` reads it, or an InvalidInputError with the schema's own message. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value)
  if (!result.success) throw new InvalidInputError(describeProblem(result.error))
  return result.data
}
