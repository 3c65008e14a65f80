import type { z } from 'zod'

/** The first thing wrong with a value, in the words its schema gives: one message to act on. */
export function describeProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'The request is not valid.'
}
