import { createHash } from 'node:crypto'

/**
 * Cursor and name-label colours, each dark enough for white text at WCAG AA (4.5:1) and far
 * enough apart in hue to tell a handful of people apart.
 */
export const principalColors = [
  '#b91c1c',
  '#c2410c',
  '#a16207',
  '#4d7c0f',
  '#15803d',
  '#0f766e',
  '#0369a1',
  '#1d4ed8',
  '#6d28d9',
  '#a21caf',
  '#be185d',
  '#475569',
] as const

/** The same colour for the same person on every connection and every restart. */
export function pickColor(principalId: string): string {
  const index = createHash('sha256').update(principalId).digest().readUInt32BE(0)
  return principalColors[index % principalColors.length] as string
}
