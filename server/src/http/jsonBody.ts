import type { Env, MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import { InvalidInputError } from '../minutes/InvalidInputError'
import { parseInput } from '../minutes/parseInput'

/**
 * Reads the JSON body with a `@minutes/protocol` schema: routes get `c.req.valid('json')`, a
 * body that does not fit is a 400 with the schema's message. Unlike Hono's `json` validator, it
 * reads the body whatever its Content-Type: that validator treats such a body as `{}`, silently
 * dropping what was sent. An empty body is `{}`.
 */
export function jsonBody<
  Schema extends z.ZodType<object>,
  E extends Env = Env,
  P extends string = string,
>(
  schema: Schema,
): MiddlewareHandler<E, P, { in: { json: z.input<Schema> }; out: { json: z.output<Schema> } }> {
  return async (c, next) => {
    c.req.addValidatedData('json', parseInput(schema, await readJson(c.req.raw)))
    await next()
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new InvalidInputError('The request body is not valid JSON.')
  }
}
