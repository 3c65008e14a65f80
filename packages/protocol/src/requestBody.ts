import { z } from 'zod'

const shownKeys = 3
const shownKeyLength = 40

/**
 * A JSON request body: an object with exactly these fields. Unknown fields (`__proto__` and
 * `constructor` among them) are refused, not dropped, so a misspelt field never passes silently.
 */
export function requestBody<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `The request body has fields this request does not take: ${describeKeys(issue.keys)}.`
        : 'The request body must be a JSON object.',
  })
}

/** Named, but bounded: a hostile body's keys are not echoed back at length. */
function describeKeys(keys: readonly string[]): string {
  const named = keys
    .slice(0, shownKeys)
    .map((key) =>
      JSON.stringify(key.length > shownKeyLength ? `${key.slice(0, shownKeyLength)}…` : key),
    )
  return keys.length > shownKeys
    ? `${named.join(', ')} and ${keys.length - shownKeys} more`
    : named.join(', ')
}
