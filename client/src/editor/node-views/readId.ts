/** A person reference from a node attribute: the id, or null when none is set. */
export function readId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}
