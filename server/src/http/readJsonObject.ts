import { HTTPException } from 'hono/http-exception'

/** The request body as a JSON object (empty body = `{}`), or a 400 saying what is wrong. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text()
  if (text.trim() === '') return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.')
  }
  return body as Record<string, unknown>
}

export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message })
}
