import type { MinutesExport, SignOff } from '../MinutesExport'

/**
 * "Approved by Ada Clerk on 3 December 2026", then "Published by …": who signed for the
 * minutes as they stand. A time that does not read as one is left out, never guessed.
 */
export function describeSignOffs({ approved, published }: MinutesExport): string[] {
  return [describe('Approved', approved), describe('Published', published)].filter(
    (line): line is string => line !== undefined,
  )
}

function describe(step: string, signOff: SignOff | undefined): string | undefined {
  if (!signOff) return undefined
  const at = new Date(signOff.at)
  if (Number.isNaN(at.getTime())) return `${step} by ${signOff.by}`
  const date = at.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return `${step} by ${signOff.by} on ${date}`
}
