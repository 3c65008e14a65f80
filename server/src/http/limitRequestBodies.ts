import type { Context, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'

export interface BodyLimit {
  maxBytes: number
  /** The `error` of the 413 answer: what was too large, and what to do instead. */
  tooLarge: string
}

/**
 * One limit on every request body, applied before any route: a declared length above it is
 * refused before reading, and a streamed body fails the moment it passes it. Nothing is read
 * ahead, so a route that checks who is asking first still does so before any byte is held.
 * The paths in `larger` (exact) take their own limit.
 */
export function limitRequestBodies(
  standard: BodyLimit,
  larger: Readonly<Record<string, BodyLimit>> = {},
): MiddlewareHandler {
  return async (c, next) => {
    const { maxBytes, tooLarge } = larger[c.req.path] ?? standard
    const body = c.req.raw.body
    if (!body) return next()
    const declared = c.req.header('content-length')
    if (declared !== undefined && !c.req.header('transfer-encoding')) {
      if (Number(declared) > maxBytes) return refuse(c, tooLarge)
      // Node's parser never delivers more than the declared length.
      return next()
    }
    let received = 0
    let isTooLarge = false
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength
          if (received > maxBytes) {
            isTooLarge = true
            // A route's read fails with an error its handler answers as 413, without logging it.
            controller.error(new HTTPException(413, { message: tooLarge }))
            return
          }
          controller.enqueue(chunk)
        },
      }),
    )
    // Fetch requires `duplex` with a streamed body; the DOM typings do not know it yet.
    const init: RequestInit & { duplex: 'half' } = { body: counted, duplex: 'half' }
    c.req.raw = new Request(c.req.raw, init)
    await next()
    // Whatever the route made of its failed read, the answer is that the body was too large.
    if (isTooLarge) c.res = refuse(c, tooLarge)
  }
}

function refuse(c: Context, tooLarge: string): Response {
  return c.json({ error: tooLarge }, 413)
}
