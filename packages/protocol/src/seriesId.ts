import { z } from 'zod'

/** A series' id as requests name it: the server makes them, this only bounds them. */
export const SeriesId = z
  .string({ error: 'The seriesId must be text or null.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'The seriesId is 1 to 64 letters, digits, "-" or "_".')
